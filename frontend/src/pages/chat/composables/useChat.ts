/**
 * Composable: the chat page's actions (send, stop, regenerate, edit and resend, new chat, open a kept
 * conversation) over the store and the stream; after each change the conversation is kept on the device
 * when the user switched that on.
 */
import { computed, getCurrentScope, onScopeDispose } from 'vue'
import type { ChatCompletionRequest } from '@/api/chat/types'
import { useChatStream } from '@/composables/useChatStream'
import { newMessage, useChatStore } from '@/stores/chat'
import { useConversationsStore } from '@/stores/conversations'
import { useErrorDialogStore } from '@/stores/errorDialog'
import { useUsageStore } from '@/stores/usage'
import type { SplitPiece } from '@/utils/reasoning'
import { fromRecord, toRecord } from './conversationRecord'
import { createReplyWriter } from './replyWriter'
import { contextStartId, editedHistory, parseTrimmedHeader, toWireHistory } from './wireHistory'

/** How often a streaming answer is copied to the device while it grows. */
export const KEEP_STREAMING_EVERY_MS = 1000

export function useChat() {
  const chat = useChatStore()
  const kept = useConversationsStore()
  const errors = useErrorDialogStore()
  const usage = useUsageStore()
  const stream = useChatStream()

  const lastMessage = computed(() => chat.messages[chat.messages.length - 1])
  const canSend = computed(() => !stream.streaming.value && chat.selectedModel !== '')
  /** The last answer can be regenerated, and a question left without one (it failed before the first token) retried. */
  const canRegenerate = computed(() => !stream.streaming.value && lastMessage.value !== undefined)
  const canEdit = computed(() => !stream.streaming.value && chat.selectedModel !== '')

  /** Copies the conversation to the device (when switched on); a failure there never disturbs the chat. */
  async function persist(): Promise<void> {
    if (!kept.enabled) return
    await kept.save(toRecord(chat.meta, chat.messages, chat.selectedModel)).catch(() => {})
  }

  // A streaming answer is kept as it grows (at most once a second) and when the page is left or hidden, so a
  // reload, a closed tab or a phone that drops the page loses at most the last second of it (it opens as stopped).
  let savingSoon: ReturnType<typeof setTimeout> | undefined
  function persistSoon(): void {
    if (!kept.enabled || savingSoon !== undefined) return
    savingSoon = setTimeout(() => {
      savingSoon = undefined
      void persist()
    }, KEEP_STREAMING_EVERY_MS)
  }
  function persistNowIfStreaming(): void {
    if (stream.streaming.value) void persist()
  }
  function persistWhenHidden(): void {
    if (document.visibilityState === 'hidden') persistNowIfStreaming()
  }
  if (typeof window !== 'undefined' && getCurrentScope()) {
    window.addEventListener('pagehide', persistNowIfStreaming)
    document.addEventListener('visibilitychange', persistWhenHidden)
    onScopeDispose(() => {
      window.removeEventListener('pagehide', persistNowIfStreaming)
      document.removeEventListener('visibilitychange', persistWhenHidden)
      clearTimeout(savingSoon)
    })
  }

  async function answer(): Promise<void> {
    const model = chat.selectedModel
    const { messages, sentIds } = toWireHistory(chat.messages, {
      systemPrompt: chat.meta.systemPrompt,
      vision: chat.currentModel?.vision === true,
    })
    const request: ChatCompletionRequest = { model, messages, stream: true }
    if (chat.meta.temperature !== null) request.temperature = chat.meta.temperature
    const reply = chat.append(newMessage('assistant', '', model))
    const writer = createReplyWriter(reply)
    const onOpen = (headers: Headers) => {
      chat.updateMeta({ contextStartId: contextStartId(sentIds, parseTrimmedHeader(headers.get('X-Switchboard-Trimmed'))) })
    }
    const push = (piece: SplitPiece) => {
      writer.push(piece)
      persistSoon()
    }
    try {
      const outcome = await stream.run(request, push, onOpen)
      writer.finish(outcome === 'stopped' ? 'stopped' : 'done')
    } catch (error) {
      writer.finish('failed')
      // Refused or failed before the first token (429, 502, offline): the dialog says why, no empty bubble.
      if (reply.content === '' && reply.reasoning === '') chat.remove(reply.id)
      errors.show(error)
    }
    // What is left of the allowance changed (or a refusal says it is gone): the user menu shows it fresh.
    usage.refreshAfterAnswer()
    clearTimeout(savingSoon)
    savingSoon = undefined
    await persist()
  }

  async function send(text: string, images: string[] = []): Promise<boolean> {
    const content = text.trim()
    if ((content === '' && images.length === 0) || !canSend.value) return false
    chat.append(newMessage('user', content, undefined, images))
    void persist()
    void answer()
    return true
  }

  async function regenerate(): Promise<void> {
    const last = lastMessage.value
    if (!last || !canRegenerate.value) return
    if (last.role === 'assistant') chat.remove(last.id)
    await answer()
  }

  /** Rewrites question `id`, drops the turns after it (they answered the old text) and asks again. */
  async function editAndResend(id: string, text: string): Promise<boolean> {
    if (!canEdit.value) return false
    const next = editedHistory(chat.messages, id, text)
    if (!next) return false
    chat.replaceMessages(next)
    chat.updateMeta({ contextStartId: null })
    void answer()
    return true
  }

  function newChat(): void {
    stream.stop()
    chat.clear()
  }

  /** Opens a conversation kept on this device; false when it is gone. */
  async function openKept(id: string): Promise<boolean> {
    const record = await kept.load(id)
    if (!record) return false
    stream.stop()
    const { meta, messages } = fromRecord(record)
    chat.open(meta, messages)
    // Before the model list has loaded, take the kept model; loadModels() replaces it if it is gone.
    if (record.model && (chat.models.length === 0 || chat.models.some((m) => m.id === record.model))) chat.selectModel(record.model)
    return true
  }

  return {
    streaming: stream.streaming,
    canSend,
    canRegenerate,
    canEdit,
    send,
    stop: stream.stop,
    regenerate,
    editAndResend,
    newChat,
    openKept,
    persist,
  }
}
