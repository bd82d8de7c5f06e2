/** A conversation as a Markdown document, for "export"; labels come from the page's language. */
import type { StoredConversation } from '@/storage/conversationDb'

export interface ExportLabels {
  untitled: string
  you: string
  assistant: string
  systemPrompt: string
  reasoning: string
  /** e.g. "2 images (not kept)" */
  images: (count: number) => string
  exportedAt: (date: string) => string
}

function quote(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')
}

export function conversationToMarkdown(c: StoredConversation, labels: ExportLabels, now = new Date()): string {
  const out: string[] = [`# ${c.title.trim() || labels.untitled}`, '', `_${labels.exportedAt(now.toISOString())}_`]
  if (c.systemPrompt.trim() !== '') out.push('', `**${labels.systemPrompt}:**`, '', quote(c.systemPrompt))
  for (const m of c.messages) {
    if (m.role === 'user') {
      out.push('', `## ${labels.you}`, '')
      if (m.imageCount) out.push(`_${labels.images(m.imageCount)}_`, '')
    } else {
      out.push('', `## ${labels.assistant}${m.model ? ` (${m.model})` : ''}`, '')
      if (m.reasoning.trim() !== '') out.push(`<details><summary>${labels.reasoning}</summary>`, '', m.reasoning.trim(), '', '</details>', '')
    }
    out.push(m.content.trim())
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n'
}

/** A file name from the title: letters, digits (any script), dashes; never empty. */
export function markdownFileName(title: string, fallback = 'conversation'): string {
  const base = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${base || fallback}.md`
}
