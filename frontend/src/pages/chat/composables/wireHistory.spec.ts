import { describe, expect, it } from 'vitest'
import type { ChatMessage } from '@/stores/chat'
import { contextStartId, editedHistory, parseTrimmedHeader, toWireHistory } from './wireHistory'

function msg(id: string, role: ChatMessage['role'], content: string, images?: string[]): ChatMessage {
  return { id, role, content, reasoning: '', status: 'done', ...(images && { images, imageCount: images.length }) }
}
const img = (n: number) => `data:image/jpeg;base64,AAA${n}`

describe('toWireHistory', () => {
  it('puts the system prompt first and leaves out answers that never got text', () => {
    const history = toWireHistory([msg('a', 'user', 'Hi'), msg('b', 'assistant', ''), msg('c', 'user', 'Again')], {
      systemPrompt: '  Be brief.  ',
      vision: false,
    })
    expect(history.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
      { role: 'user', content: 'Again' },
    ])
    expect(history.sentIds).toEqual(['a', 'c'])
  })

  it('sends images as image_url parts after the text for a vision model', () => {
    const { messages } = toWireHistory([msg('a', 'user', 'What is this?', [img(1), img(2)])], { systemPrompt: '', vision: true })
    expect(messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          { type: 'image_url', image_url: { url: img(1) } },
          { type: 'image_url', image_url: { url: img(2) } },
        ],
      },
    ])
  })

  it('keeps only the newest four images across the conversation, older questions go text-only', () => {
    const { messages } = toWireHistory(
      [msg('a', 'user', 'First', [img(1), img(2), img(3)]), msg('b', 'assistant', 'Seen'), msg('c', 'user', 'Second', [img(4), img(5)])],
      { systemPrompt: '', vision: true },
    )
    const urls = messages.flatMap((m) => (Array.isArray(m.content) ? m.content : [])).filter((p) => p.type === 'image_url')
    expect(urls.map((p) => (p.type === 'image_url' ? p.image_url.url : ''))).toEqual([img(1), img(2), img(4), img(5)])
  })

  it('never sends images to a model without vision', () => {
    const { messages } = toWireHistory([msg('a', 'user', 'Look', [img(1)])], { systemPrompt: '', vision: false })
    expect(messages).toEqual([{ role: 'user', content: 'Look' }])
  })

  it('sends an image-only question as parts without a text part', () => {
    const { messages } = toWireHistory([msg('a', 'user', '', [img(1)])], { systemPrompt: '', vision: true })
    expect(messages).toEqual([{ role: 'user', content: [{ type: 'image_url', image_url: { url: img(1) } }] }])
  })
})

describe('contextStartId', () => {
  const ids = ['q1', 'a1', 'q2', 'a2', 'q3']
  it('points at the first message the model still saw', () => {
    expect(contextStartId(ids, 2)).toBe('q2')
  })
  it('is null when nothing was trimmed or the count cannot be right', () => {
    expect(contextStartId(ids, 0)).toBeNull()
    expect(contextStartId(ids, 5)).toBeNull()
    expect(contextStartId(ids, -1)).toBeNull()
    expect(contextStartId(ids, 1.5)).toBeNull()
  })
})

describe('parseTrimmedHeader', () => {
  it('reads a count and ignores anything else', () => {
    expect(parseTrimmedHeader('3')).toBe(3)
    expect(parseTrimmedHeader(' 12 ')).toBe(12)
    expect(parseTrimmedHeader(null)).toBe(0)
    expect(parseTrimmedHeader('many')).toBe(0)
    expect(parseTrimmedHeader('-2')).toBe(0)
  })
})

describe('editedHistory', () => {
  const conversation = [msg('q1', 'user', 'Helo'), msg('a1', 'assistant', 'Hi!'), msg('q2', 'user', 'More'), msg('a2', 'assistant', 'Sure')]

  it('rewrites the question and drops every turn after it', () => {
    const next = editedHistory(conversation, 'q1', ' Hello ')
    expect(next?.map((m) => [m.id, m.content])).toEqual([['q1', 'Hello']])
  })

  it('keeps the turns before the edited question', () => {
    expect(editedHistory(conversation, 'q2', 'Less')?.map((m) => m.content)).toEqual(['Helo', 'Hi!', 'Less'])
  })

  it('does not change the original array or message', () => {
    editedHistory(conversation, 'q1', 'Hello')
    expect(conversation.map((m) => m.content)).toEqual(['Helo', 'Hi!', 'More', 'Sure'])
  })

  it('refuses answers, unknown ids and empty text', () => {
    expect(editedHistory(conversation, 'a1', 'x')).toBeNull()
    expect(editedHistory(conversation, 'nope', 'x')).toBeNull()
    expect(editedHistory(conversation, 'q1', '   ')).toBeNull()
  })

  it('keeps the images of an edited question', () => {
    const next = editedHistory([msg('q', 'user', 'What?', [img(1)])], 'q', 'What is it?')
    expect(next?.[0]?.images).toEqual([img(1)])
  })
})
