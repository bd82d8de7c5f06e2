/** Maps the open conversation (chat store) to what is kept on the device, and back. */
import type { ChatMessage, ConversationMeta } from '@/stores/chat'
import type { StoredConversation } from '@/storage/conversationDb'

const TITLE_LENGTH = 60

/** The first question's first line, shortened: the title of a conversation nobody named. */
export function derivedTitle(messages: ChatMessage[]): string {
  const first = messages.find((m) => m.role === 'user' && m.content.trim() !== '')
  const line = first?.content.trim().split('\n')[0]?.trim() ?? ''
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line
}

export function toRecord(meta: ConversationMeta, messages: ChatMessage[], model: string, now = Date.now()): StoredConversation {
  return {
    id: meta.id,
    title: meta.title.trim() || derivedTitle(messages),
    createdAt: meta.createdAt,
    updatedAt: now,
    model,
    systemPrompt: meta.systemPrompt,
    temperature: meta.temperature,
    contextStartId: meta.contextStartId,
    messages: messages.map((m) => ({
      id: m.id,
      role: m.role,
      content: m.content,
      reasoning: m.reasoning,
      status: m.status,
      ...(m.model !== undefined && { model: m.model }),
      ...(m.thinkingMs !== undefined && { thinkingMs: m.thinkingMs }),
      ...(m.imageCount ? { imageCount: m.imageCount } : {}),
    })),
  }
}

export function fromRecord(record: StoredConversation): { meta: ConversationMeta; messages: ChatMessage[] } {
  return {
    meta: {
      id: record.id,
      title: record.title,
      createdAt: record.createdAt,
      systemPrompt: record.systemPrompt ?? '',
      temperature: record.temperature ?? null,
      contextStartId: record.contextStartId ?? null,
    },
    messages: record.messages.map((m) => ({ ...m, status: m.status === 'streaming' ? 'stopped' : m.status })),
  }
}
