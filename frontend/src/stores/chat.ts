/**
 * Store: the open conversation (its messages, title and settings) and the model list with the chosen model.
 * It lives in memory; `stores/conversations` copies it to this device when the user switches that on.
 */
import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { listModels } from '@/api/chat'
import type { ChatModel } from '@/api/chat/types'

export type MessageStatus = 'streaming' | 'done' | 'stopped' | 'failed'

export interface ChatMessage {
  id: string
  role: 'user' | 'assistant'
  content: string
  reasoning: string
  status: MessageStatus
  model?: string
  /** When the first reasoning arrived, and how long reasoning lasted once the answer began. */
  thinkingStartedAt?: number
  thinkingMs?: number
  /** Attached images as data URLs: in memory only, never stored, so a reloaded conversation has only `imageCount`. */
  images?: string[]
  imageCount?: number
}

/** The open conversation apart from its messages: what the sidebar and the settings popover change. */
export interface ConversationMeta {
  id: string
  /** Empty until named: the first question then stands in for it. */
  title: string
  createdAt: number
  systemPrompt: string
  /** null = the model's default. */
  temperature: number | null
  /** Where the context the server last sent begins, when it left earlier messages out (X-Switchboard-Trimmed). */
  contextStartId: string | null
}

const MODEL_KEY = 'switchboard.model'
let nextId = 0

function uniqueId(prefix: string): string {
  nextId += 1
  return `${prefix}${Date.now().toString(36)}-${nextId}-${Math.random().toString(36).slice(2, 6)}`
}

export function newConversationMeta(): ConversationMeta {
  return { id: uniqueId('c'), title: '', createdAt: Date.now(), systemPrompt: '', temperature: null, contextStartId: null }
}

export function newMessage(role: ChatMessage['role'], content = '', model?: string, images?: string[]): ChatMessage {
  return {
    id: uniqueId('m'),
    role,
    content,
    reasoning: '',
    status: role === 'user' ? 'done' : 'streaming',
    model,
    ...(images && images.length > 0 && { images, imageCount: images.length }),
  }
}

export const useChatStore = defineStore('chat', () => {
  const messages = ref<ChatMessage[]>([])
  const meta = ref<ConversationMeta>(newConversationMeta())
  const models = ref<ChatModel[]>([])
  const modelsState = ref<'idle' | 'loading' | 'ready' | 'failed'>('idle')
  const selectedModel = ref<string>(readModel())

  const currentModel = computed(() => models.value.find((m) => m.id === selectedModel.value) ?? null)

  function selectModel(id: string): void {
    selectedModel.value = id
    try {
      localStorage.setItem(MODEL_KEY, id)
    } catch {
      // remembered for this page only
    }
  }

  async function loadModels(): Promise<void> {
    modelsState.value = 'loading'
    try {
      models.value = await listModels()
      modelsState.value = 'ready'
      if (!currentModel.value && models.value[0]) selectedModel.value = models.value[0].id
    } catch (error) {
      modelsState.value = 'failed'
      throw error
    }
  }

  /** Adds a message and returns the reactive copy held by the store. */
  function append(message: ChatMessage): ChatMessage {
    messages.value.push(message)
    return messages.value[messages.value.length - 1] as ChatMessage
  }

  function remove(id: string): void {
    messages.value = messages.value.filter((m) => m.id !== id)
  }

  /** Replaces the messages, e.g. with an edited question and nothing after it. */
  function replaceMessages(next: ChatMessage[]): void {
    messages.value = next
  }

  /** Starts a new, empty conversation (with new settings). */
  function clear(): void {
    messages.value = []
    meta.value = newConversationMeta()
  }

  /** Opens a stored conversation. */
  function open(nextMeta: ConversationMeta, nextMessages: ChatMessage[]): void {
    meta.value = { ...nextMeta }
    messages.value = nextMessages
  }

  function updateMeta(change: Partial<Omit<ConversationMeta, 'id' | 'createdAt'>>): void {
    meta.value = { ...meta.value, ...change }
  }

  return {
    messages,
    meta,
    models,
    modelsState,
    selectedModel,
    currentModel,
    selectModel,
    loadModels,
    append,
    remove,
    replaceMessages,
    clear,
    open,
    updateMeta,
  }
})

function readModel(): string {
  try {
    return localStorage.getItem(MODEL_KEY) ?? ''
  } catch {
    return ''
  }
}
