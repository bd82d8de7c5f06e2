import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { openCompletionStream } from '@/api/chat'
import { ApiError } from '@/http/errors'
import { useChatStore } from '@/stores/chat'
import { useErrorDialogStore } from '@/stores/errorDialog'
import { useChat } from './useChat'

vi.mock('@/api/chat', () => ({ openCompletionStream: vi.fn(), listModels: vi.fn() }))
const open = vi.mocked(openCompletionStream)

function sse(...events: string[]): Response {
  return new Response(events.map((e) => `data: ${e}\n\n`).join(''), { headers: { 'Content-Type': 'text/event-stream' } })
}
const delta = (d: object) => JSON.stringify({ choices: [{ delta: d }] })
const UPSTREAM_DOWN = '{"error":{"type":"upstream_error","message":"down"}}'

/** Sends one message and waits until its answer has ended, however it ended. */
async function ask(text: string) {
  const chat = useChat()
  expect(await chat.send(text)).toBe(true)
  await vi.waitFor(() => expect(chat.streaming.value).toBe(false))
  return { store: useChatStore(), dialog: useErrorDialogStore() }
}

describe('useChat', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useChatStore().selectModel('m')
    open.mockReset()
  })

  it('leaves no empty reply when the request is refused before the first token, only the dialog', async () => {
    open.mockRejectedValue(
      ApiError.fromEnvelope(429, { error: { type: 'rate_limit_exceeded', message: '您超过当前使用限制，请稍后再试', retry_after: 42 } }),
    )
    const { store, dialog } = await ask('Hi')
    expect(store.messages.map((m) => m.role)).toEqual(['user'])
    expect(dialog.error?.kind).toBe('rate_limit')
    expect(dialog.error?.retryAfter).toBe(42)
  })

  it('drops the empty reply when the stream fails before any content or reasoning', async () => {
    open.mockResolvedValue(sse(UPSTREAM_DOWN))
    const { store, dialog } = await ask('Hi')
    expect(store.messages.map((m) => m.role)).toEqual(['user'])
    expect(dialog.error?.kind).toBe('upstream')
  })

  it('keeps a partial answer, marked failed, when the stream breaks after it began', async () => {
    open.mockResolvedValue(sse(delta({ content: 'Half an ans' }), UPSTREAM_DOWN))
    const { store, dialog } = await ask('Hi')
    expect(store.messages[1]).toMatchObject({ role: 'assistant', content: 'Half an ans', status: 'failed' })
    expect(dialog.error?.kind).toBe('upstream')
  })

  it('keeps reasoning that arrived before the failure', async () => {
    open.mockResolvedValue(sse(delta({ reasoning_content: 'Let me think' }), UPSTREAM_DOWN))
    const { store } = await ask('Hi')
    expect(store.messages[1]).toMatchObject({ role: 'assistant', reasoning: 'Let me think', content: '', status: 'failed' })
  })

  it('offers to retry a question whose reply failed before the first token, and answers it in place', async () => {
    open.mockRejectedValueOnce(ApiError.fromEnvelope(502, { error: { type: 'upstream_error', message: 'down' } }))
    await ask('Hi')
    open.mockResolvedValueOnce(sse(delta({ content: 'Hello' }), '[DONE]'))
    const chat = useChat()
    expect(chat.canRegenerate.value).toBe(true)
    await chat.regenerate()
    const store = useChatStore()
    expect(open.mock.calls[1]?.[0].messages).toEqual([{ role: 'user', content: 'Hi' }])
    expect(store.messages.map((m) => [m.role, m.content, m.status])).toEqual([
      ['user', 'Hi', 'done'],
      ['assistant', 'Hello', 'done'],
    ])
  })

  it('regenerating an answer replaces it rather than adding a second one', async () => {
    open.mockResolvedValueOnce(sse(delta({ content: 'One' }), '[DONE]'))
    await ask('Hi')
    open.mockResolvedValueOnce(sse(delta({ content: 'Two' }), '[DONE]'))
    await useChat().regenerate()
    expect(useChatStore().messages.map((m) => m.content)).toEqual(['Hi', 'Two'])
  })

  it('leaves the user message in the history sent next time, and no trace of the failed reply', async () => {
    open.mockRejectedValueOnce(ApiError.network())
    await ask('First')
    open.mockResolvedValueOnce(sse(delta({ content: 'Hello' }), '[DONE]'))
    const { store } = await ask('Second')
    expect(open.mock.calls[1]?.[0].messages).toEqual([
      { role: 'user', content: 'First' },
      { role: 'user', content: 'Second' },
    ])
    expect(store.messages.map((m) => m.role)).toEqual(['user', 'user', 'assistant'])
  })
})
