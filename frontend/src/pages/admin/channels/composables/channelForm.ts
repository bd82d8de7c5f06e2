/** The channel dialog's fields, their checks (mirroring the server's) and the request body they make. */
import { DOCUMENTED_BASE_URL, PRICE_FIELDS, type Channel, type ChannelRequest, type ChannelType } from '@/api/admin/channels/types'
import { amountText, integerInRange, numberOrNull, optionalDecimal } from '../../composables/rules'

export const RPM_MIN = 1
export const RPM_MAX = 100_000
export const DEFAULT_RPM = 60
export const PRIORITY_MIN = -1000
export const PRIORITY_MAX = 1000
export const WEIGHT_MIN = 1
export const WEIGHT_MAX = 100

export interface ChannelForm {
  name: string
  model_id: string
  base_url: string
  api_key: string
  rpm_limit: string
  is_enabled: boolean
  type: ChannelType
  upstream_model: string
  reasoning: string
  context_window: string
  vision: boolean
  priority: string
  weight: string
  /** Per million tokens; empty = not priced. */
  input_price: string
  output_price: string
  cached_input_price: string
}

export type ChannelField = 'name' | 'model_id' | 'base_url' | 'api_key' | 'rpm_limit' | 'reasoning' | 'context_window'
  | 'priority' | 'weight' | 'input_price' | 'output_price' | 'cached_input_price'
export type ChannelFieldError = 'required' | 'tooLong' | 'url' | 'integer' | 'range' | 'decimal'

export function emptyChannelForm(): ChannelForm {
  return {
    name: '', model_id: '', base_url: DOCUMENTED_BASE_URL.openai, api_key: '', rpm_limit: String(DEFAULT_RPM), is_enabled: true,
    type: 'openai', upstream_model: '', reasoning: 'auto', context_window: '', vision: false,
    priority: '0', weight: '1', input_price: '', output_price: '', cached_input_price: '',
  }
}

/** Switching the type fills the new provider's documented base URL unless the admin typed their own. */
export function withType(form: ChannelForm, type: ChannelType): ChannelForm {
  const documented = Object.values(DOCUMENTED_BASE_URL).includes(form.base_url.trim()) || form.base_url.trim() === ''
  return { ...form, type, base_url: documented ? DOCUMENTED_BASE_URL[type] : form.base_url }
}

/** The model ids of a create form: several may be given, separated by commas or line breaks (one channel each). */
export function modelIds(form: ChannelForm): string[] {
  return [...new Set(form.model_id.split(/[,\n]/).map((m) => m.trim()).filter((m) => m !== ''))]
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
    type: channel.type ?? 'openai',
    upstream_model: channel.upstream_model && channel.upstream_model !== channel.model_id ? channel.upstream_model : '',
    reasoning: channel.reasoning ?? 'auto',
    context_window: channel.context_window ? String(channel.context_window) : '',
    vision: channel.vision ?? false,
    priority: String(channel.priority ?? 0),
    weight: String(channel.weight ?? 1),
    input_price: amountText(channel.input_price),
    output_price: amountText(channel.output_price),
    cached_input_price: amountText(channel.cached_input_price),
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
    model_id: modelIds(form).length === 0 ? 'required' : modelIds(form).some((m) => m.length > 200) ? 'tooLong' : null,
    base_url: form.base_url.trim() === '' ? 'required' : isBaseUrl(form.base_url) ? null : 'url',
    api_key: creating && form.api_key.trim() === '' ? 'required' : form.api_key.trim().length > 1000 ? 'tooLong' : null,
    rpm_limit: integerInRange(form.rpm_limit, RPM_MIN, RPM_MAX),
    reasoning: ['off', 'auto'].includes(form.reasoning.trim()) ? null : integerInRange(form.reasoning, 1024, 1_000_000),
    context_window: form.context_window.trim() === '' ? null : integerInRange(form.context_window, 1, 100_000_000),
    priority: integerInRange(form.priority, PRIORITY_MIN, PRIORITY_MAX),
    weight: integerInRange(form.weight, WEIGHT_MIN, WEIGHT_MAX),
    input_price: optionalDecimal(form.input_price),
    output_price: optionalDecimal(form.output_price),
    cached_input_price: optionalDecimal(form.cached_input_price),
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
    type: form.type,
    upstream_model: form.upstream_model.trim(),
    reasoning: form.reasoning.trim(),
    context_window: form.context_window.trim() === '' ? 0 : Number(form.context_window.trim()),
    vision: form.vision,
    priority: Number(form.priority.trim()),
    weight: Number(form.weight.trim()),
  }
  // Always sent, null when empty: clearing a price on edit makes the channel unpriced again.
  for (const field of PRICE_FIELDS) body[field] = numberOrNull(form[field])
  const key = form.api_key.trim()
  if (creating || key !== '') body.api_key = key
  return body
}

/**
 * The bodies for "add several models at once": one channel per model id with the same key and settings, each
 * named after its model when there are several.
 */
export function toChannelRequests(form: ChannelForm): ChannelRequest[] {
  const ids = modelIds(form)
  const base = toChannelRequest(form, true)
  if (ids.length <= 1) return [base]
  return ids.map((id) => ({ ...base, model_id: id, name: `${form.name.trim()} ${id}`.slice(0, 100), upstream_model: '' }))
}

export type LoadLevel = 'idle' | 'busy' | 'full'

/** How close a channel is to its RPM in the last minute, for colouring the live figure. */
export function loadLevel(callsLastMinute: number, rpmLimit: number): LoadLevel {
  if (callsLastMinute >= rpmLimit) return 'full'
  return callsLastMinute >= rpmLimit * 0.8 ? 'busy' : 'idle'
}
