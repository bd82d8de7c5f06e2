/** Composable: POST a chat and read its SSE answer with fetch + ReadableStream, reasoning split out. */
import { readonly, ref } from 'vue'
import { openCompletionStream } from '@/api/chat'
import type { ChatCompletionRequest } from '@/api/chat/types'
import { ApiError, isAbort } from '@/http/errors'
import { parseChatChunk } from '@/utils/chatChunk'
import { createReasoningSplitter, type SplitPiece } from '@/utils/reasoning'
import { createSseParser } from '@/utils/sse'

export type StreamOutcome = 'done' | 'stopped'
export type DeltaHandler = (piece: SplitPiece) => void

/** Reads an SSE (or plain JSON) completion body to the end; an in-stream error event throws ApiError. */
export async function readChatStream(response: Response, onDelta: DeltaHandler): Promise<void> {
  const splitter = createReasoningSplitter()
  const emit = (piece: SplitPiece) => {
    if (piece.content !== '' || piece.reasoning !== '') onDelta(piece)
  }
  const handle = (data: string): boolean => {
    const chunk = parseChatChunk(data)
    if (chunk.kind === 'done') return true
    if (chunk.kind === 'error') throw new ApiError(response.status, chunk.error)
    if (chunk.kind === 'delta') emit(splitter.push(chunk.content, chunk.reasoning))
    return false
  }

  if (!(response.headers.get('Content-Type') ?? '').includes('text/event-stream') || !response.body) {
    handle(await response.text()) // the server answered without streaming
    emit(splitter.flush())
    return
  }

  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  const parser = createSseParser()
  try {
    let finished = false
    while (!finished) {
      const { value, done } = await reader.read()
      const events = done ? parser.flush() : parser.push(value)
      for (const event of events) {
        if (handle(event.data)) finished = true
        if (finished) break
      }
      if (done) break
    }
  } finally {
    reader.cancel().catch(() => {})
    emit(splitter.flush())
  }
}

export function useChatStream() {
  const streaming = ref(false)
  let controller: AbortController | null = null

  /**
   * Streams one answer; resolves 'stopped' if stop() ended it, rejects with ApiError on failure. `onOpen` sees
   * the response's headers before the body is read (e.g. X-Switchboard-Trimmed).
   */
  async function run(request: ChatCompletionRequest, onDelta: DeltaHandler, onOpen?: (headers: Headers) => void): Promise<StreamOutcome> {
    controller?.abort()
    const own = new AbortController()
    controller = own
    streaming.value = true
    try {
      const response = await openCompletionStream(request, own.signal)
      onOpen?.(response.headers)
      await readChatStream(response, onDelta)
      return own.signal.aborted ? 'stopped' : 'done'
    } catch (error) {
      if (own.signal.aborted || isAbort(error)) return 'stopped'
      throw error instanceof ApiError ? error : ApiError.network()
    } finally {
      if (controller === own) {
        controller = null
        streaming.value = false
      }
    }
  }

  function stop(): void {
    controller?.abort()
  }

  return { streaming: readonly(streaming), run, stop }
}
