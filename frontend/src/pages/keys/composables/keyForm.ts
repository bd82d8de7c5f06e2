/** The create-key form as typed text, turned into the API's draft; lists are comma or newline separated. */
import type { ApiKeyDraft } from '@/api/keys/types'

export interface KeyForm {
  name: string
  /** `YYYY-MM-DD` from a date input, or empty for "never". */
  expires: string
  models: string
  cidrs: string
}

export type KeyFormError = 'nameRequired' | 'nameTooLong' | 'expiryPast' | null

export function emptyKeyForm(): KeyForm {
  return { name: '', expires: '', models: '', cidrs: '' }
}

export function splitList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
}

/** The end of the chosen day in the browser's time zone, as an ISO instant. */
export function expiryInstant(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return null
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59).toISOString()
}

export function validateKeyForm(form: KeyForm, now: Date = new Date()): { name: KeyFormError; expires: KeyFormError } {
  const name = form.name.trim()
  const expiry = expiryInstant(form.expires)
  return {
    name: !name ? 'nameRequired' : name.length > 100 ? 'nameTooLong' : null,
    expires: expiry !== null && new Date(expiry) <= now ? 'expiryPast' : null,
  }
}

export function toDraft(form: KeyForm): ApiKeyDraft {
  return {
    name: form.name.trim(),
    expires_at: expiryInstant(form.expires),
    allowed_models: splitList(form.models),
    allowed_cidrs: splitList(form.cidrs),
  }
}
