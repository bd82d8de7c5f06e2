/** The one HTTP client: JSON in and out, Bearer token attached, errors turned into ApiError. */
import { ApiError, isAbort } from './errors'
import { readToken } from './token'

type UnauthorizedHandler = () => void
let onUnauthorized: UnauthorizedHandler = () => {}

/** Called on any 401, e.g. to forget an expired token. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler
}

export interface RequestOptions {
  signal?: AbortSignal
  headers?: Record<string, string>
}

/** Sends a request and returns the raw Response once its status is OK; throws ApiError otherwise. */
export async function send(method: string, url: string, body?: unknown, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const token = readToken()
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
    if (response.status === 401 && token) onUnauthorized()
    throw ApiError.fromEnvelope(response.status, await readJson(response), response.headers.get('Retry-After'))
  }
  return response
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    return null
  }
}

async function json<T>(method: string, url: string, body?: unknown, options?: RequestOptions): Promise<T> {
  const response = await send(method, url, body, options)
  if (response.status === 204) return undefined as T
  return (await readJson(response)) as T
}

export const http = {
  get: <T>(url: string, options?: RequestOptions) => json<T>('GET', url, undefined, options),
  post: <T>(url: string, body?: unknown, options?: RequestOptions) => json<T>('POST', url, body, options),
  put: <T>(url: string, body?: unknown, options?: RequestOptions) => json<T>('PUT', url, body, options),
  delete: <T>(url: string, options?: RequestOptions) => json<T>('DELETE', url, undefined, options),
}
