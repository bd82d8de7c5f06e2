import { describe, expect, it } from 'vitest'
import type { Channel } from '@/api/admin/channels/types'
import {
  channelFormFrom,
  emptyChannelForm,
  isBaseUrl,
  lacksVersionPath,
  loadLevel,
  toChannelRequest,
  toChannelRequests,
  validateChannelForm,
  withType,
} from './channelForm'

const valid = { ...emptyChannelForm(), name: 'OpenAI', model_id: 'gpt-4o', base_url: 'https://api.openai.com/v1', api_key: 'sk-1' }

describe('channel form', () => {
  it('wants name, model, base URL and, when creating, a key', () => {
    const errors = validateChannelForm({ ...emptyChannelForm(), base_url: '' }, true)
    expect(errors).toEqual({
      name: 'required', model_id: 'required', base_url: 'required', api_key: 'required', rpm_limit: null, reasoning: null,
      context_window: null, priority: null, weight: null, input_price: null, output_price: null, cached_input_price: null,
    })
    expect(Object.values(validateChannelForm(valid, true)).every((e) => e === null)).toBe(true)
  })

  it('lets an edit leave the key empty', () => {
    expect(validateChannelForm({ ...valid, api_key: '' }, false).api_key).toBeNull()
  })

  it('keeps the RPM between 1 and 100000', () => {
    expect(validateChannelForm({ ...valid, rpm_limit: '0' }, true).rpm_limit).toBe('range')
    expect(validateChannelForm({ ...valid, rpm_limit: '100001' }, true).rpm_limit).toBe('range')
    expect(validateChannelForm({ ...valid, rpm_limit: '100000' }, true).rpm_limit).toBeNull()
    expect(validateChannelForm({ ...valid, rpm_limit: '6.5' }, true).rpm_limit).toBe('integer')
  })

  it('accepts absolute http(s) base URLs only', () => {
    expect(isBaseUrl('https://api.openai.com/v1')).toBe(true)
    expect(isBaseUrl('http://localhost:11434/v1/')).toBe(true)
    expect(isBaseUrl('https://openrouter.ai/api/v1')).toBe(true)
    expect(isBaseUrl('api.openai.com/v1')).toBe(false)
    expect(isBaseUrl('ftp://example.com/v1')).toBe(false)
    expect(isBaseUrl('https://example.com/v1?x=1')).toBe(false)
    expect(isBaseUrl('https://example.com/v1#top')).toBe(false)
    expect(isBaseUrl('https://exa mple.com/v1')).toBe(false)
    expect(validateChannelForm({ ...valid, base_url: 'nope' }, true).base_url).toBe('url')
  })

  it('notices a base URL without its version path', () => {
    expect(lacksVersionPath('https://api.openai.com')).toBe(true)
    expect(lacksVersionPath('https://api.openai.com/')).toBe(true)
    expect(lacksVersionPath('https://api.openai.com/v1')).toBe(false)
    expect(lacksVersionPath('not a url')).toBe(false)
  })

  it('sends a trimmed body and leaves an empty key out on edit', () => {
    const form = { ...valid, name: ' OpenAI ', base_url: 'https://api.openai.com/v1/', rpm_limit: ' 120 ' }
    expect(toChannelRequest(form, true)).toEqual({
      name: 'OpenAI',
      model_id: 'gpt-4o',
      base_url: 'https://api.openai.com/v1',
      api_key: 'sk-1',
      rpm_limit: 120,
      is_enabled: true,
      type: 'openai',
      upstream_model: '',
      reasoning: 'auto',
      context_window: 0,
      vision: false,
      priority: 0,
      weight: 1,
      input_price: null,
      output_price: null,
      cached_input_price: null,
    })
    expect(toChannelRequest({ ...form, api_key: '  ' }, false)).not.toHaveProperty('api_key')
  })

  it('fills the edit form from a channel without its masked key', () => {
    const channel: Channel = {
      id: 3, name: 'DeepSeek', base_url: 'https://api.deepseek.com/v1', api_key: 'sk-…a1b2', model_id: 'deepseek-chat',
      rpm_limit: 30, is_enabled: false, created_at: '', updated_at: '',
    }
    expect(channelFormFrom(channel)).toEqual({
      name: 'DeepSeek', model_id: 'deepseek-chat', base_url: 'https://api.deepseek.com/v1', api_key: '', rpm_limit: '30', is_enabled: false,
      type: 'openai', upstream_model: '', reasoning: 'auto', context_window: '', vision: false, priority: '0', weight: '1',
      input_price: '', output_price: '', cached_input_price: '',
    })
  })

  it('keeps the priority within ±1000 and the weight between 1 and 100 (SPEC §13)', () => {
    expect(validateChannelForm({ ...valid, priority: '-1000' }, true).priority).toBeNull()
    expect(validateChannelForm({ ...valid, priority: '1001' }, true).priority).toBe('range')
    expect(validateChannelForm({ ...valid, weight: '0' }, true).weight).toBe('range')
    expect(validateChannelForm({ ...valid, weight: '2.5' }, true).weight).toBe('integer')
    expect(toChannelRequest({ ...valid, priority: ' 5 ', weight: '30' }, true)).toMatchObject({ priority: 5, weight: 30 })
    expect(channelFormFrom({ id: 1, name: 'x', base_url: 'https://a/v1', api_key: 'sk-…', model_id: 'm', rpm_limit: 1,
      is_enabled: true, created_at: '', updated_at: '', priority: -2, weight: 7 })).toMatchObject({ priority: '-2', weight: '7' })
  })

  it('fills the documented base URL of the chosen type unless the admin typed another', () => {
    expect(withType(emptyChannelForm(), 'anthropic').base_url).toBe('https://api.anthropic.com/v1')
    expect(withType(withType(emptyChannelForm(), 'anthropic'), 'gemini').base_url).toBe('https://generativelanguage.googleapis.com/v1beta')
    expect(withType({ ...emptyChannelForm(), base_url: 'https://proxy.example/v1' }, 'gemini').base_url).toBe('https://proxy.example/v1')
  })

  it('adds several models at once: one channel each, same key, named after the model', () => {
    const bodies = toChannelRequests({ ...valid, type: 'anthropic', model_id: 'claude-a, claude-b\nclaude-a' })
    expect(bodies.map((b) => [b.model_id, b.name, b.api_key, b.type])).toEqual([
      ['claude-a', 'OpenAI claude-a', 'sk-1', 'anthropic'],
      ['claude-b', 'OpenAI claude-b', 'sk-1', 'anthropic'],
    ])
    expect(validateChannelForm({ ...valid, reasoning: '512' }, true).reasoning).toBe('range')
    expect(validateChannelForm({ ...valid, reasoning: '2048' }, true).reasoning).toBeNull()
  })

  it('takes optional prices per million tokens, at least 0, and sends empty ones as null (unpriced)', () => {
    const errors = validateChannelForm({ ...valid, input_price: '-0.5', output_price: 'abc', cached_input_price: '0.075' }, true)
    expect([errors.input_price, errors.output_price, errors.cached_input_price]).toEqual(['decimal', 'decimal', null])
    expect(toChannelRequest({ ...valid, input_price: ' 0.15 ', output_price: '0.6', cached_input_price: '' }, true)).toMatchObject({
      input_price: 0.15, output_price: 0.6, cached_input_price: null,
    })
  })

  it('shows stored prices, decimal strings included, in the edit form', () => {
    const form = channelFormFrom({ id: 1, name: 'x', base_url: 'https://a/v1', api_key: 'sk-…', model_id: 'm', rpm_limit: 1,
      is_enabled: true, created_at: '', updated_at: '', input_price: '0.15000000', output_price: 0.6, cached_input_price: null })
    expect([form.input_price, form.output_price, form.cached_input_price]).toEqual(['0.15000000', '0.6', ''])
  })

  it('grades the live load against the RPM', () => {
    expect(loadLevel(3, 60)).toBe('idle')
    expect(loadLevel(48, 60)).toBe('busy')
    expect(loadLevel(60, 60)).toBe('full')
  })
})
