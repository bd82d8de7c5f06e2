import { describe, expect, it } from 'vitest'
import { createSseParser, type SseEvent } from './sse'
import { parseChatChunk } from './chatChunk'

function feed(chunks: string[]): SseEvent[] {
  const parser = createSseParser()
  return [...chunks.flatMap((c) => parser.push(c)), ...parser.flush()]
}

const delta = (content: string) => `data: {"choices":[{"delta":{"content":"${content}"}}]}\n\n`

describe('SSE parser', () => {
  it('emits one event per blank-line-terminated block', () => {
    const events = feed([delta('Hel') + delta('lo') + 'data: [DONE]\n\n'])
    expect(events.map((e) => e.data)).toHaveLength(3)
    expect(events[2]?.data).toBe('[DONE]')
  })

  it('reassembles events cut at every possible position', () => {
    const stream = delta('Hi') + delta('there') + 'data: [DONE]\n\n'
    for (let cut = 1; cut < stream.length; cut++) {
      const events = feed([stream.slice(0, cut), stream.slice(cut)])
      expect(events.map((e) => e.data)).toEqual([
        '{"choices":[{"delta":{"content":"Hi"}}]}',
        '{"choices":[{"delta":{"content":"there"}}]}',
        '[DONE]',
      ])
    }
  })

  it('survives a stream delivered one character at a time', () => {
    const stream = delta('a') + 'data: [DONE]\n\n'
    expect(feed(stream.split('')).map((e) => e.data)).toEqual(['{"choices":[{"delta":{"content":"a"}}]}', '[DONE]'])
  })

  it('understands CRLF line endings, also when a CRLF is split between reads', () => {
    const stream = 'data: one\r\n\r\ndata: two\r\n\r\n'
    expect(feed([stream]).map((e) => e.data)).toEqual(['one', 'two'])
    expect(feed(['data: one\r', '\n\r', '\ndata: two\r', '\n\r\n']).map((e) => e.data)).toEqual(['one', 'two'])
  })

  it('understands bare CR line endings', () => {
    expect(feed(['data: one\r\rdata: two\r\r']).map((e) => e.data)).toEqual(['one', 'two'])
  })

  it('joins multi-line data, ignores comments and keeps the event name', () => {
    const events = feed([': keep-alive\n\nevent: error\ndata: line1\ndata: line2\n\n'])
    expect(events).toEqual([{ event: 'error', data: 'line1\nline2' }])
  })

  it('returns a last event that lacks the closing blank line on flush', () => {
    expect(feed(['data: [DONE]']).map((e) => e.data)).toEqual(['[DONE]'])
  })
})

describe('chat chunk interpretation', () => {
  it('recognises the end marker', () => {
    expect(parseChatChunk('[DONE]')).toEqual({ kind: 'done' })
  })

  it('reads content and both reasoning field spellings', () => {
    expect(parseChatChunk('{"choices":[{"delta":{"content":"x"}}]}')).toMatchObject({ kind: 'delta', content: 'x' })
    expect(parseChatChunk('{"choices":[{"delta":{"reasoning_content":"r"}}]}')).toMatchObject({ reasoning: 'r' })
    expect(parseChatChunk('{"choices":[{"delta":{"reasoning":"r2","content":null}}]}')).toMatchObject({
      reasoning: 'r2',
      content: '',
    })
  })

  it('turns an error event into the error envelope', () => {
    const data = '{"error":{"type":"rate_limit_exceeded","message":"slow down","retry_after":42}}'
    expect(parseChatChunk(data)).toEqual({
      kind: 'error',
      error: { type: 'rate_limit_exceeded', message: 'slow down', retry_after: 42 },
    })
  })

  it('ignores malformed or empty data instead of failing the stream', () => {
    expect(parseChatChunk('{not json')).toEqual({ kind: 'ignored' })
    expect(parseChatChunk('{"choices":[]}')).toEqual({ kind: 'ignored' })
  })

  it('parses an error event delivered in pieces through the SSE parser', () => {
    const events = feed(['data: {"error":{"type":"upstr', 'eam_error","message":"down"}}\r\n', '\r\n'])
    expect(events.map((e) => parseChatChunk(e.data))).toEqual([
      { kind: 'error', error: { type: 'upstream_error', message: 'down' } },
    ])
  })
})
