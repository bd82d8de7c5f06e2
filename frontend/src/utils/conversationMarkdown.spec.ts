import { describe, expect, it } from 'vitest'
import type { StoredConversation } from '@/storage/conversationDb'
import { conversationToMarkdown, markdownFileName, type ExportLabels } from './conversationMarkdown'

const labels: ExportLabels = {
  untitled: 'Untitled',
  you: 'You',
  assistant: 'Assistant',
  systemPrompt: 'System prompt',
  reasoning: 'Reasoning',
  images: (n) => `${n} image(s) (not kept)`,
  exportedAt: (d) => `Exported ${d}`,
}

const conversation: StoredConversation = {
  id: 'c1',
  title: 'Euler and you',
  createdAt: 0,
  updatedAt: 0,
  model: 'gpt',
  systemPrompt: 'Be brief.\nUse TeX.',
  temperature: 0.2,
  contextStartId: null,
  messages: [
    { id: 'q', role: 'user', content: 'What is $e^{i\\pi}$?', reasoning: '', status: 'done', imageCount: 1 },
    { id: 'a', role: 'assistant', content: 'It is $-1$.\n\n```py\nprint(1)\n```', reasoning: 'Recall Euler.', status: 'done', model: 'gpt' },
  ],
}

describe('conversationToMarkdown', () => {
  it('writes the title, system prompt, each turn under a heading, and keeps the markdown of the answers', () => {
    const md = conversationToMarkdown(conversation, labels, new Date('2026-12-03T10:00:00Z'))
    expect(md).toBe(
      [
        '# Euler and you',
        '',
        '_Exported 2026-12-03T10:00:00.000Z_',
        '',
        '**System prompt:**',
        '',
        '> Be brief.',
        '> Use TeX.',
        '',
        '## You',
        '',
        '_1 image(s) (not kept)_',
        '',
        'What is $e^{i\\pi}$?',
        '',
        '## Assistant (gpt)',
        '',
        '<details><summary>Reasoning</summary>',
        '',
        'Recall Euler.',
        '',
        '</details>',
        '',
        'It is $-1$.',
        '',
        '```py',
        'print(1)',
        '```',
        '',
      ].join('\n'),
    )
  })

  it('names an untitled conversation and leaves out an empty system prompt', () => {
    const md = conversationToMarkdown({ ...conversation, title: ' ', systemPrompt: '', messages: [] }, labels)
    expect(md.startsWith('# Untitled\n')).toBe(true)
    expect(md).not.toContain('System prompt')
  })
})

describe('markdownFileName', () => {
  it('keeps letters and digits of any script', () => {
    expect(markdownFileName('Trip to Kyoto: day 2?')).toBe('Trip-to-Kyoto-day-2.md')
    expect(markdownFileName('数学 问题')).toBe('数学-问题.md')
  })
  it('falls back when nothing is left', () => {
    expect(markdownFileName('???')).toBe('conversation.md')
  })
})
