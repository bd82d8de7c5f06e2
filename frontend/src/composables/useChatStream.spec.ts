import { describe, expect, it } from 'vitest'
import { ApiError } from '@/http/errors'
import { readChatStream } from './useChatStream'
import type { SplitPiece } from '@/utils/reasoning'

function sseResponse(chunks: string[]): Response {
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
      controller.close()
    },
  })
  return new Response(body, { headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } })
}

async function collect(response: Response) {
  const pieces: SplitPiece[] = []
  let error: unknown = null
  try {
    await readChatStream(response, (p) => pieces.push(p))
  } catch (e) {
    error = e
  }
  return {
    reasoning: pieces.map((p) => p.reasoning).join(''),
    content: pieces.map((p) => p.content).join(''),
    error,
  }
}

const d = (delta: object) => `data: ${JSON.stringify({ choices: [{ delta }] })}\n\n`

describe('readChatStream', () => {
  it('splits reasoning fields and content and stops at [DONE]', async () => {
    const body = d({ reasoning_content: 'hmm' }) + d({ content: '你好' }) + 'data: [DONE]\n\n' + d({ content: 'late' })
    const cut = Math.floor(body.length / 2)
    expect(await collect(sseResponse([body.slice(0, cut), body.slice(cut)]))).toEqual({
      reasoning: 'hmm',
      content: '你好',
      error: null,
    })
  })

  it('decodes multi-byte characters cut between reads', async () => {
    const bytes = new TextEncoder().encode(d({ content: '思考' }))
    const response = new Response(
      new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(bytes.slice(0, 40))
          c.enqueue(bytes.slice(40))
          c.close()
        },
      }),
      { headers: { 'Content-Type': 'text/event-stream' } },
    )
    expect((await collect(response)).content).toBe('思考')
  })

  it('keeps the partial answer and throws the error event as an ApiError', async () => {
    const result = await collect(
      sseResponse([d({ content: 'Half an ans' }), 'data: {"error":{"type":"upstream_error","message":"down"}}\n\n']),
    )
    expect(result.content).toBe('Half an ans')
    expect(result.error).toBeInstanceOf(ApiError)
    expect((result.error as ApiError).kind).toBe('upstream')
    expect((result.error as ApiError).serverMessage).toBe('down')
  })

  it('accepts a non-streamed JSON answer', async () => {
    const response = new Response(
      JSON.stringify({ choices: [{ message: { role: 'assistant', content: '<think>x</think>y' } }] }),
      { headers: { 'Content-Type': 'application/json' } },
    )
    expect(await collect(response)).toEqual({ reasoning: 'x', content: 'y', error: null })
  })
})
