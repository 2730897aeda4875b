// Log in, sign up, password reset: plain forms with a CSRF field.
import { html, type SafeHtml } from '../html.ts'
import { csrfField, layout, type PageContext, tr } from '../layout.ts'

export interface AuthFormInput extends PageContext {
  readonly error?: string | undefined
  readonly notice?: string | undefined
  /** values to put back into the form after an error (never the password) */
  readonly values?: Readonly<Record<string, string>> | undefined
  /** where to go after logging in */
  readonly back?: string | undefined
}

function messages(input: AuthFormInput): SafeHtml {
  return html`${input.error ? html`<p class="form-error" role="alert">${input.error}</p>` : ''}${
    input.notice ? html`<p class="notice" role="status">${input.notice}</p>` : ''
  }`
}

export function loginPage(input: AuthFormInput): SafeHtml {
  const { t } = tr(input)
  return layout({
    ...input,
    title: t('auth.loginTitle'),
    body: html`<section class="auth"><h1>${t('auth.loginTitle')}</h1>${messages(input)}
<form method="post" action="/login" class="auth-form">${csrfField(input)}
  ${input.back ? html`<input type="hidden" name="back" value="${input.back}">` : ''}
  <label>${t('auth.login')} <input name="login" autocomplete="username" required maxlength="254" value="${input.values?.['login'] ?? ''}"></label>
  <label>${t('auth.password')} <input name="password" type="password" autocomplete="current-password" required maxlength="200"></label>
  <button type="submit">${t('auth.loginSubmit')}</button>
</form>
<p><a href="/register">${t('auth.noAccount')}</a> · <a href="/reset">${t('auth.forgot')}</a></p></section>`,
  })
}

export function registerPage(input: AuthFormInput): SafeHtml {
  const { t } = tr(input)
  return layout({
    ...input,
    title: t('auth.registerTitle'),
    body: html`<section class="auth"><h1>${t('auth.registerTitle')}</h1>${messages(input)}
<form method="post" action="/register" class="auth-form">${csrfField(input)}
  <label>${t('auth.username')} <input name="username" autocomplete="username" required minlength="2" maxlength="32" value="${input.values?.['username'] ?? ''}"></label>
  <label>${t('auth.email')} <input name="email" type="email" autocomplete="email" maxlength="254" value="${input.values?.['email'] ?? ''}"></label>
  <label>${t('auth.password')} <input name="password" type="password" autocomplete="new-password" required minlength="8" maxlength="200"></label>
  <button type="submit">${t('auth.registerSubmit')}</button>
</form></section>`,
  })
}

export function resetRequestPage(input: AuthFormInput): SafeHtml {
  const { t } = tr(input)
  return layout({
    ...input,
    title: t('auth.resetTitle'),
    body: html`<section class="auth"><h1>${t('auth.resetTitle')}</h1>${messages(input)}
<form method="post" action="/reset" class="auth-form">${csrfField(input)}
  <label>${t('auth.login')} <input name="login" required maxlength="254"></label>
  <button type="submit">${t('auth.resetRequest')}</button>
</form></section>`,
  })
}

export function resetPasswordPage(input: AuthFormInput & { readonly token: string }): SafeHtml {
  const { t } = tr(input)
  return layout({
    ...input,
    title: t('auth.resetTitle'),
    body: html`<section class="auth"><h1>${t('auth.resetTitle')}</h1>${messages(input)}
<form method="post" action="/reset/${input.token}" class="auth-form">${csrfField(input)}
  <label>${t('auth.passwordNew')} <input name="password" type="password" autocomplete="new-password" required minlength="8" maxlength="200"></label>
  <button type="submit">${t('auth.resetSubmit')}</button>
</form></section>`,
  })
}
