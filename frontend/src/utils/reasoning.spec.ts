import { describe, expect, it } from 'vitest'
import { createReasoningSplitter } from './reasoning'

function run(chunks: Array<string | { reasoning: string }>) {
  const splitter = createReasoningSplitter()
  let reasoning = ''
  let content = ''
  for (const chunk of chunks) {
    const piece = typeof chunk === 'string' ? splitter.push(chunk) : splitter.push('', chunk.reasoning)
    reasoning += piece.reasoning
    content += piece.content
  }
  const last = splitter.flush()
  return { reasoning: reasoning + last.reasoning, content: content + last.content }
}

describe('reasoning splitter', () => {
  it('passes plain content straight through', () => {
    expect(run(['Hello', ' world'])).toEqual({ reasoning: '', content: 'Hello world' })
  })

  it('routes reasoning fields to the reasoning side', () => {
    expect(run([{ reasoning: 'Let me ' }, { reasoning: 'think.' }, 'Answer'])).toEqual({
      reasoning: 'Let me think.',
      content: 'Answer',
    })
  })

  it('splits a leading think block in one chunk', () => {
    expect(run(['<think>plan</think>\n\nDone'])).toEqual({ reasoning: 'plan', content: 'Done' })
  })

  it('splits think tags cut at every possible position', () => {
    const text = '<think>step 1, step 2</think>The answer'
    for (let a = 1; a < text.length; a++) {
      for (let b = a + 1; b < text.length; b += 3) {
        const result = run([text.slice(0, a), text.slice(a, b), text.slice(b)])
        expect(result).toEqual({ reasoning: 'step 1, step 2', content: 'The answer' })
      }
    }
  })

  it('streams reasoning before the closing tag arrives', () => {
    const splitter = createReasoningSplitter()
    expect(splitter.push('<thi')).toEqual({ reasoning: '', content: '' })
    expect(splitter.push('nk>abc</th')).toEqual({ reasoning: 'abc', content: '' })
    expect(splitter.push('ink>ok')).toEqual({ reasoning: '', content: 'ok' })
  })

  it('leaves a think tag that is not at the start inside the content', () => {
    expect(run(['Use <think> tags', ' like this'])).toEqual({ reasoning: '', content: 'Use <think> tags like this' })
  })

  it('releases a lone "<" or an unterminated think block on flush', () => {
    expect(run(['<'])).toEqual({ reasoning: '', content: '<' })
    expect(run(['<think>still going</thi'])).toEqual({ reasoning: 'still going</thi', content: '' })
  })

  it('does not mistake content that merely starts with "<" for a tag', () => {
    expect(run(['<', 'b>bold</b>'])).toEqual({ reasoning: '', content: '<b>bold</b>' })
  })
})
