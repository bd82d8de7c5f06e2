/** Wire shapes of /api/chat (OpenAI chat format). */

export interface ChatModel {
  id: string
  name: string
}

export type ChatRole = 'system' | 'user' | 'assistant'

export interface WireMessage {
  role: ChatRole
  content: string
}

export interface ChatCompletionRequest {
  model: string
  messages: WireMessage[]
  stream: true
}
