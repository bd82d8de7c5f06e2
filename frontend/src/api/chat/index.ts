/** Chat endpoints: the model list and the streaming completion. */
import { http, send } from '@/http/client'
import type { ChatCompletionRequest, ChatModel } from './types'

export function listModels(): Promise<ChatModel[]> {
  return http.get<ChatModel[]>('/api/chat/models')
}

/** Starts a streamed completion; resolves to the open Response (its body is the SSE stream). */
export function openCompletionStream(request: ChatCompletionRequest, signal: AbortSignal): Promise<Response> {
  return send('POST', '/api/chat/completions', request, {
    signal,
    headers: { Accept: 'text/event-stream' },
  })
}
