// Progressive enhancement for the article page: reactions update in place instead of reloading the page. Every form
// works without this script; it is served from /assets/ and loaded with the page's CSP nonce.
;(() => {
  for (const form of document.querySelectorAll('form.reaction')) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault()
      const button = form.querySelector('button')
      if (button) button.disabled = true
      try {
        const response = await fetch(form.action, {
          method: 'POST',
          headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(new FormData(form)).toString(),
          credentials: 'same-origin',
        })
        if (!response.ok) throw new Error(String(response.status))
        const result = await response.json()
        const count = form.querySelector('[data-count]')
        if (count) count.textContent = String(result.count)
        form.classList.toggle('active', result.active)
        if (button) button.setAttribute('aria-pressed', result.active ? 'true' : 'false')
        if (result.kind === 'share' && navigator.clipboard) {
          navigator.clipboard.writeText(location.href.replace(/#.*$/, '')).catch(() => {})
        }
      } catch {
        form.submit()
      } finally {
        if (button) button.disabled = false
      }
    })
  }
})()
