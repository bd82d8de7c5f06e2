/** Composable: the chat page's actions (send, stop, regenerate, new chat) over the store and the stream. */
import { computed } from 'vue'
import type { WireMessage } from '@/api/chat/types'
import { useChatStream } from '@/composables/useChatStream'
import { newMessage, useChatStore } from '@/stores/chat'
import { useErrorDialogStore } from '@/stores/errorDialog'
import { createReplyWriter } from './replyWriter'

export function useChat() {
  const chat = useChatStore()
  const errors = useErrorDialogStore()
  const stream = useChatStream()

  const lastMessage = computed(() => chat.messages[chat.messages.length - 1])
  const canSend = computed(() => !stream.streaming.value && chat.selectedModel !== '')
  /** The last answer can be regenerated, and a question left without one (it failed before the first token) retried. */
  const canRegenerate = computed(() => !stream.streaming.value && lastMessage.value !== undefined)

  /** The conversation as the API wants it: answers that never got any text are left out. */
  function history(): WireMessage[] {
    return chat.messages
      .filter((m) => m.content.trim() !== '')
      .map((m) => ({ role: m.role, content: m.content }))
  }

  async function answer(): Promise<void> {
    const model = chat.selectedModel
    const messages = history()
    const reply = chat.append(newMessage('assistant', '', model))
    const writer = createReplyWriter(reply)
    try {
      const outcome = await stream.run({ model, messages, stream: true }, writer.push)
      writer.finish(outcome === 'stopped' ? 'stopped' : 'done')
    } catch (error) {
      writer.finish('failed')
      // Refused or failed before the first token (429, 502, offline): the dialog says why, no empty bubble.
      if (reply.content === '' && reply.reasoning === '') chat.remove(reply.id)
      errors.show(error)
    }
  }

  async function send(text: string): Promise<boolean> {
    const content = text.trim()
    if (content === '' || !canSend.value) return false
    chat.append(newMessage('user', content))
    void answer()
    return true
  }

  async function regenerate(): Promise<void> {
    const last = lastMessage.value
    if (!last || !canRegenerate.value) return
    if (last.role === 'assistant') chat.remove(last.id)
    await answer()
  }

  function newChat(): void {
    stream.stop()
    chat.clear()
  }

  return { streaming: stream.streaming, canSend, canRegenerate, send, stop: stream.stop, regenerate, newChat }
}
