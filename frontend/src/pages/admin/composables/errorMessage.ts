/** The text to show inline for a failed admin call: the server's own message, else a generic one. */
import { ApiError } from '@/http/errors'

export function errorText(error: unknown, generic: string): string {
  return error instanceof ApiError && error.kind !== 'network' && error.serverMessage ? error.serverMessage : generic
}
