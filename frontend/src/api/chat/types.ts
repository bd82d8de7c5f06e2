/** Wire shapes of /api/chat (OpenAI chat format). */

export interface ChatModel {
  id: string
  name: string
  /** The model reads images (issue 14 adds it; absent = no). */
  vision?: boolean
}

export type ChatRole = 'system' | 'user' | 'assistant'

export type ContentPart = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } }

export interface WireMessage {
  role: ChatRole
  content: string | ContentPart[]
}

export interface ChatCompletionRequest {
  model: string
  messages: WireMessage[]
  stream: true
  temperature?: number
}
