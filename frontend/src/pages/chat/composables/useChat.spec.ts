// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { effectScope } from 'vue'
import { openCompletionStream } from '@/api/chat'
import { ApiError } from '@/http/errors'
import { useChatStore } from '@/stores/chat'
import { useConversationsStore } from '@/stores/conversations'
import { useErrorDialogStore } from '@/stores/errorDialog'
import { useChat } from './useChat'

vi.mock('@/api/chat', () => ({ openCompletionStream: vi.fn(), listModels: vi.fn() }))
const open = vi.mocked(openCompletionStream)

function sse(...events: string[]): Response {
  return sseWith({}, ...events)
}
function sseWith(headers: Record<string, string>, ...events: string[]): Response {
  return new Response(events.map((e) => `data: ${e}\n\n`).join(''), { headers: { 'Content-Type': 'text/event-stream', ...headers } })
}
const answer = (text: string) => sse(delta({ content: text }), '[DONE]')
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

  it('shows an exhausted quota in its own dialog case, with the reset time and no countdown', async () => {
    open.mockRejectedValue(
      ApiError.fromEnvelope(429, { error: { type: 'quota_exceeded', message: '本月额度已用完', reset_at: '2027-01-01T00:00:00Z' } }, '3600'),
    )
    const { store, dialog } = await ask('Hi')
    expect(store.messages.map((m) => m.role)).toEqual(['user'])
    expect(dialog.kind).toBe('quota')
    expect(dialog.quota).toEqual({ message: '本月额度已用完', resetAt: '2027-01-01T00:00:00Z' })
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

  it('editing a question replaces it, drops the old answer and the turns after it, and asks with the new text', async () => {
    open.mockResolvedValueOnce(answer('Answer one'))
    await ask('Helo')
    open.mockResolvedValueOnce(answer('Answer two'))
    await ask('Next')
    const store = useChatStore()
    const firstQuestion = store.messages[0]!.id
    open.mockResolvedValueOnce(answer('Fresh answer'))
    const chat = useChat()
    expect(await chat.editAndResend(firstQuestion, 'Hello')).toBe(true)
    await vi.waitFor(() => expect(chat.streaming.value).toBe(false))
    expect(open.mock.calls[2]?.[0].messages).toEqual([{ role: 'user', content: 'Hello' }])
    expect(store.messages.map((m) => [m.role, m.content])).toEqual([
      ['user', 'Hello'],
      ['assistant', 'Fresh answer'],
    ])
    expect(store.messages[0]!.id).toBe(firstQuestion)
  })

  it('refuses to edit while an answer streams', async () => {
    let finish: (r: Response) => void = () => {}
    open.mockReturnValueOnce(new Promise((resolve) => (finish = resolve)))
    const chat = useChat()
    await chat.send('Hi')
    const id = useChatStore().messages[0]!.id
    expect(await chat.editAndResend(id, 'Changed')).toBe(false)
    finish(answer('ok'))
    await vi.waitFor(() => expect(chat.streaming.value).toBe(false))
    expect(useChatStore().messages[0]!.content).toBe('Hi')
  })

  it('sends the conversation settings: system prompt first, temperature when set', async () => {
    useChatStore().updateMeta({ systemPrompt: 'Answer in French.', temperature: 0.3 })
    open.mockResolvedValueOnce(answer('Bonjour'))
    await ask('Hello')
    expect(open.mock.calls[0]?.[0]).toMatchObject({
      temperature: 0.3,
      messages: [
        { role: 'system', content: 'Answer in French.' },
        { role: 'user', content: 'Hello' },
      ],
    })
  })

  it('leaves the temperature to the model by default', async () => {
    open.mockResolvedValueOnce(answer('Hi'))
    await ask('Hello')
    expect(open.mock.calls[0]?.[0]).not.toHaveProperty('temperature')
  })

  it('marks where the sent context begins when the server trimmed earlier messages', async () => {
    open.mockResolvedValueOnce(answer('A1'))
    await ask('Q1')
    open.mockResolvedValueOnce(sseWith({ 'X-Switchboard-Trimmed': '2' }, delta({ content: 'A2' }), '[DONE]'))
    await ask('Q2')
    const store = useChatStore()
    expect(store.meta.contextStartId).toBe(store.messages[2]!.id)
    expect(store.messages[2]!.content).toBe('Q2')
    open.mockResolvedValueOnce(answer('A3'))
    await ask('Q3')
    expect(store.meta.contextStartId).toBeNull() // the next answer saw everything again
  })

  it('sends attached images only to a vision model', async () => {
    const store = useChatStore()
    store.models = [{ id: 'm', name: 'm', vision: true }]
    open.mockResolvedValueOnce(answer('A cat'))
    const chat = useChat()
    await chat.send('What is it?', ['data:image/png;base64,AAAA'])
    await vi.waitFor(() => expect(chat.streaming.value).toBe(false))
    expect(open.mock.calls[0]?.[0].messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'What is it?' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }] },
    ])
    expect(store.messages[0]).toMatchObject({ images: ['data:image/png;base64,AAAA'], imageCount: 1 })
  })

  it('keeps the conversation on the device when switched on, without its images, and opens it again', async () => {
    const kept = useConversationsStore()
    await kept.enable()
    await kept.clearAll()
    useChatStore().updateMeta({ systemPrompt: 'Be kind.' })
    open.mockResolvedValueOnce(answer('Stored answer'))
    const chat = useChat()
    await chat.send('Remember me', ['data:image/png;base64,AAAA'])
    await vi.waitFor(() => expect(chat.streaming.value).toBe(false))
    await vi.waitFor(() => expect(kept.items.length).toBe(1))
    expect(kept.items[0]!.title).toBe('Remember me')

    // A "reload": fresh stores, the same device.
    setActivePinia(createPinia())
    const restored = await useConversationsStore().init()
    expect(restored?.messages.map((m) => m.content)).toEqual(['Remember me', 'Stored answer'])
    expect(JSON.stringify(restored)).not.toContain('data:image')
    expect(restored?.messages[0]?.imageCount).toBe(1)
    expect(await useChat().openKept(restored!.id)).toBe(true)
    expect(useChatStore().messages.map((m) => m.content)).toEqual(['Remember me', 'Stored answer'])
    expect(useChatStore().meta.systemPrompt).toBe('Be kind.')
    await useConversationsStore().disable(true)
  })

  it('keeps a streaming answer on the device as it grows and when the page is left, opening it as stopped', async () => {
    const kept = useConversationsStore()
    await kept.enable()
    await kept.clearAll()
    let close = () => {}
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`data: ${delta({ content: 'The first half' })}\n\n`))
        close = () => controller.close()
      },
    })
    open.mockResolvedValueOnce(new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }))
    const scope = effectScope()
    const chat = scope.run(() => useChat())!
    await chat.send('Tell me a long story')
    const storedAnswer = async () => (await kept.get(useChatStore().meta.id))?.messages[1]
    // still streaming: within about a second the answer so far is on the device
    await vi.waitFor(async () => expect(await storedAnswer()).toMatchObject({ content: 'The first half' }), { timeout: 3000 })
    expect(chat.streaming.value).toBe(true)

    useChatStore().messages[1]!.content += ', and more'
    window.dispatchEvent(new Event('pagehide'))
    await vi.waitFor(async () => expect((await storedAnswer())?.content).toBe('The first half, and more'), { timeout: 500 })

    // A reload now: the kept answer opens as stopped, not as one still streaming.
    setActivePinia(createPinia())
    const restored = await useConversationsStore().init()
    expect(await useChat().openKept(restored!.id)).toBe(true)
    expect(useChatStore().messages[1]).toMatchObject({ content: 'The first half, and more', status: 'stopped' })
    close()
    scope.stop()
    await useConversationsStore().disable(true)
  })

  it('keeps nothing while the switch is off', async () => {
    const kept = useConversationsStore()
    await kept.disable(true)
    open.mockResolvedValueOnce(answer('Not stored'))
    await ask('Forget me')
    await kept.enable()
    expect(kept.items).toEqual([])
    await kept.disable(true)
  })
})
