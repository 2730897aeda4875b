// A cookie-keeping client over app.inject() for the server's tests: it reads the CSRF token from each page it loads.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'

export class TestClient {
  readonly cookies = new Map<string, string>()
  csrf = ''

  constructor(
    private readonly app: FastifyInstance,
    private readonly headers: Record<string, string> = {
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) TestBrowser/1.0',
    },
  ) {}

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires instanceof Date && c.expires.getTime() < Date.now())) this.cookies.delete(c.name)
      else this.cookies.set(c.name, c.value)
    }
    const m = /name="_csrf" value="([^"]*)"/.exec(res.body) ?? /name="csrf-token" content="([^"]*)"/.exec(res.body)
    if (m?.[1]) this.csrf = m[1]
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'GET',
      url,
      headers: { ...this.headers, cookie: this.cookieHeader(), ...headers },
    })
    this.remember(res)
    return res
  }

  /** POSTs a form with the current CSRF token (unless `_csrf` is given, or `csrf: false`). */
  async post(
    url: string,
    form: Record<string, string> = {},
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> {
    const fields = options.csrf === false ? form : { _csrf: this.csrf, ...form }
    const res = await this.app.inject({
      method: 'POST',
      url,
      headers: {
        ...this.headers,
        cookie: this.cookieHeader(),
        'content-type': 'application/x-www-form-urlencoded',
        ...options.headers,
      },
      payload: new URLSearchParams(fields).toString(),
    })
    this.remember(res)
    return res
  }

  async register(username: string, password = 'correct horse 1', email?: string): Promise<LightMyRequestResponse> {
    await this.get('/register')
    const res = await this.post('/register', { username, password, ...(email ? { email } : {}) })
    await this.get('/')
    return res
  }

  async login(login: string, password = 'correct horse 1'): Promise<LightMyRequestResponse> {
    await this.get('/login')
    const res = await this.post('/login', { login, password })
    await this.get('/')
    return res
  }
}
