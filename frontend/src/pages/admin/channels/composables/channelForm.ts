/** The channel dialog's fields, their checks (mirroring the server's) and the request body they make. */
import type { Channel, ChannelRequest } from '@/api/admin/channels/types'
import { integerInRange } from '../../composables/rules'

export const RPM_MIN = 1
export const RPM_MAX = 100_000
export const DEFAULT_RPM = 60

export interface ChannelForm {
  name: string
  model_id: string
  base_url: string
  api_key: string
  rpm_limit: string
  is_enabled: boolean
}

export type ChannelField = 'name' | 'model_id' | 'base_url' | 'api_key' | 'rpm_limit'
export type ChannelFieldError = 'required' | 'tooLong' | 'url' | 'integer' | 'range'

export function emptyChannelForm(): ChannelForm {
  return { name: '', model_id: '', base_url: '', api_key: '', rpm_limit: String(DEFAULT_RPM), is_enabled: true }
}

/** The form for editing: every field but the key, which stays empty to keep the stored one. */
export function channelFormFrom(channel: Channel): ChannelForm {
  return {
    name: channel.name,
    model_id: channel.model_id,
    base_url: channel.base_url,
    api_key: '',
    rpm_limit: String(channel.rpm_limit),
    is_enabled: channel.is_enabled,
  }
}

/** An absolute http(s) URL with a host and neither query nor fragment, at most 2048 characters. */
export function isBaseUrl(value: string): boolean {
  const text = value.trim()
  if (text === '' || text.length > 2048 || /[\s?#]/.test(text)) return false
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** True for a valid URL without a path, e.g. `https://api.openai.com`: allowed, but usually a mistake. */
export function lacksVersionPath(value: string): boolean {
  if (!isBaseUrl(value)) return false
  return new URL(value.trim()).pathname.replace(/\/+$/, '') === ''
}

export function validateChannelForm(form: ChannelForm, creating: boolean): Record<ChannelField, ChannelFieldError | null> {
  const text = (value: string, max: number): ChannelFieldError | null =>
    value.trim() === '' ? 'required' : value.trim().length > max ? 'tooLong' : null
  return {
    name: text(form.name, 100),
    model_id: text(form.model_id, 200),
    base_url: form.base_url.trim() === '' ? 'required' : isBaseUrl(form.base_url) ? null : 'url',
    api_key: creating && form.api_key.trim() === '' ? 'required' : form.api_key.trim().length > 1000 ? 'tooLong' : null,
    rpm_limit: integerInRange(form.rpm_limit, RPM_MIN, RPM_MAX),
  }
}

/** The body to send; on edit an empty key is left out so the server keeps the current one. */
export function toChannelRequest(form: ChannelForm, creating: boolean): ChannelRequest {
  const body: ChannelRequest = {
    name: form.name.trim(),
    model_id: form.model_id.trim(),
    base_url: form.base_url.trim().replace(/\/+$/, ''),
    rpm_limit: Number(form.rpm_limit.trim()),
    is_enabled: form.is_enabled,
  }
  const key = form.api_key.trim()
  if (creating || key !== '') body.api_key = key
  return body
}

export type LoadLevel = 'idle' | 'busy' | 'full'

/** How close a channel is to its RPM in the last minute, for colouring the live figure. */
export function loadLevel(callsLastMinute: number, rpmLimit: number): LoadLevel {
  if (callsLastMinute >= rpmLimit) return 'full'
  return callsLastMinute >= rpmLimit * 0.8 ? 'busy' : 'idle'
}
