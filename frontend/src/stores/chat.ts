/** Store: the conversation (memory only, gone on reload) and the model list with the chosen model. */
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
}

const MODEL_KEY = 'switchboard.model'
let nextId = 0

export function newMessage(role: ChatMessage['role'], content = '', model?: string): ChatMessage {
  nextId += 1
  return {
    id: `m${Date.now().toString(36)}-${nextId}`,
    role,
    content,
    reasoning: '',
    status: role === 'user' ? 'done' : 'streaming',
    model,
  }
}

export const useChatStore = defineStore('chat', () => {
  const messages = ref<ChatMessage[]>([])
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

  function clear(): void {
    messages.value = []
  }

  return { messages, models, modelsState, selectedModel, currentModel, selectModel, loadModels, append, remove, clear }
})

function readModel(): string {
  try {
    return localStorage.getItem(MODEL_KEY) ?? ''
  } catch {
    return ''
  }
}
