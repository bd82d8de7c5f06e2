/** The one HTTP client: JSON in and out, Bearer token attached, errors turned into ApiError. */
import { ApiError, isAbort } from './errors'
import { readToken } from './token'

type UnauthorizedHandler = () => void

export interface RequestOptions {
  signal?: AbortSignal
  headers?: Record<string, string>
}

/** Where a client finds its token and whom it tells about a 401 (the chat user and the admin differ). */
export interface ClientSession {
  readToken: () => string | null
  onUnauthorized: () => void
}

/** Builds a client bound to one session; the chat's client below and the admin console's share this code. */
export function createHttpClient(session: ClientSession) {
  /** Sends a request and returns the raw Response once its status is OK; throws ApiError otherwise. */
  async function send(method: string, url: string, body?: unknown, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const token = session.readToken()
    if (token) headers.Authorization = `Bearer ${token}`
    let response: Response
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: options.signal,
      })
    } catch (error) {
      if (isAbort(error)) throw error
      throw ApiError.network()
    }
    if (!response.ok) {
      if (response.status === 401 && token) session.onUnauthorized()
      throw ApiError.fromEnvelope(response.status, await readJson(response), response.headers.get('Retry-After'))
    }
    return response
  }

  async function json<T>(method: string, url: string, body?: unknown, options?: RequestOptions): Promise<T> {
    const response = await send(method, url, body, options)
    if (response.status === 204) return undefined as T
    return (await readJson(response)) as T
  }

  const http = {
    get: <T>(url: string, options?: RequestOptions) => json<T>('GET', url, undefined, options),
    post: <T>(url: string, body?: unknown, options?: RequestOptions) => json<T>('POST', url, body, options),
    put: <T>(url: string, body?: unknown, options?: RequestOptions) => json<T>('PUT', url, body, options),
    patch: <T>(url: string, body?: unknown, options?: RequestOptions) => json<T>('PATCH', url, body, options),
    delete: <T>(url: string, options?: RequestOptions) => json<T>('DELETE', url, undefined, options),
  }
  return { send, http }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    return null
  }
}

let onUnauthorized: UnauthorizedHandler = () => {}

/** Called on any 401 of the chat user's session, e.g. to forget an expired token. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler
}

const userClient = createHttpClient({ readToken, onUnauthorized: () => onUnauthorized() })

export const send = userClient.send
export const http = userClient.http
