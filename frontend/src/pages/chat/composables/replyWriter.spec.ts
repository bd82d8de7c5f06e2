import { describe, expect, it } from 'vitest'
import { newMessage } from '@/stores/chat'
import { createReplyWriter } from './replyWriter'

describe('reply writer', () => {
  it('batches pieces until the next frame', () => {
    const frames: Array<() => void> = []
    const reply = newMessage('assistant')
    const writer = createReplyWriter(reply, (fn) => frames.push(fn))
    writer.push({ reasoning: '', content: 'a' })
    writer.push({ reasoning: '', content: 'b' })
    expect(reply.content).toBe('')
    expect(frames).toHaveLength(1)
    frames[0]?.()
    expect(reply.content).toBe('ab')
  })

  it('measures thinking from the first reasoning to the first answer token', () => {
    let clock = 1000
    const reply = newMessage('assistant')
    const writer = createReplyWriter(reply, (fn) => fn(), () => clock)
    writer.push({ reasoning: 'hmm', content: '' })
    clock = 4200
    writer.push({ reasoning: '', content: 'Yes' })
    writer.finish('done')
    expect(reply.thinkingMs).toBe(3200)
    expect(reply).toMatchObject({ reasoning: 'hmm', content: 'Yes', status: 'done' })
  })

  it('flushes what is pending when the stream ends', () => {
    const reply = newMessage('assistant')
    const writer = createReplyWriter(reply, () => {})
    writer.push({ reasoning: '', content: 'partial' })
    writer.finish('stopped')
    expect(reply).toMatchObject({ content: 'partial', status: 'stopped' })
  })
})
