/**
 * Conversations kept on this device, in IndexedDB (through `idb`). Only the user's browser ever holds them;
 * images are never written (a stored question keeps only how many it had).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

export interface StoredMessage {
  id: string
  role: 'user' | 'assistant'
  content: string
  reasoning: string
  status: 'streaming' | 'done' | 'stopped' | 'failed'
  model?: string
  thinkingMs?: number
  imageCount?: number
}

export interface StoredConversation {
  id: string
  title: string
  createdAt: number
  updatedAt: number
  model: string
  systemPrompt: string
  temperature: number | null
  contextStartId: string | null
  messages: StoredMessage[]
}

/** What the sidebar lists. */
export interface ConversationSummary {
  id: string
  title: string
  updatedAt: number
}

interface Schema extends DBSchema {
  conversations: { key: string; value: StoredConversation; indexes: { updatedAt: number } }
}

export const DEFAULT_DB_NAME = 'switchboard'

export interface ConversationDb {
  list(): Promise<ConversationSummary[]>
  get(id: string): Promise<StoredConversation | undefined>
  put(conversation: StoredConversation): Promise<void>
  rename(id: string, title: string): Promise<void>
  remove(id: string): Promise<void>
  clear(): Promise<void>
  count(): Promise<number>
  /** Conversations whose title or any message contains `query` (case-insensitive), newest first. */
  search(query: string): Promise<ConversationSummary[]>
  close(): void
}

function summary(c: StoredConversation): ConversationSummary {
  return { id: c.id, title: c.title, updatedAt: c.updatedAt }
}

/** Only the fields listed: an in-memory message's images (or anything else) never reach the disk. */
function storable(c: StoredConversation): StoredConversation {
  return {
    id: c.id,
    title: c.title,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    model: c.model,
    systemPrompt: c.systemPrompt,
    temperature: c.temperature,
    contextStartId: c.contextStartId,
    messages: c.messages.map((m) => ({
      id: m.id,
      role: m.role,
      content: m.content,
      reasoning: m.reasoning,
      // A reply cut by the reload is not streaming any more when it is read back.
      status: m.status === 'streaming' ? 'stopped' : m.status,
      ...(m.model !== undefined && { model: m.model }),
      ...(m.thinkingMs !== undefined && { thinkingMs: m.thinkingMs }),
      ...(m.imageCount ? { imageCount: m.imageCount } : {}),
    })),
  }
}

export function matches(c: StoredConversation, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase()
  if (needle === '') return true
  return c.title.toLocaleLowerCase().includes(needle) || c.messages.some((m) => m.content.toLocaleLowerCase().includes(needle))
}

export async function openConversationDb(name = DEFAULT_DB_NAME): Promise<ConversationDb> {
  const db: IDBPDatabase<Schema> = await openDB<Schema>(name, 1, {
    upgrade(database) {
      const store = database.createObjectStore('conversations', { keyPath: 'id' })
      store.createIndex('updatedAt', 'updatedAt')
    },
  })

  async function newestFirst(keep: (c: StoredConversation) => boolean): Promise<ConversationSummary[]> {
    const out: ConversationSummary[] = []
    let cursor = await db.transaction('conversations').store.index('updatedAt').openCursor(null, 'prev')
    while (cursor) {
      if (keep(cursor.value)) out.push(summary(cursor.value))
      cursor = await cursor.continue()
    }
    return out
  }

  return {
    list: () => newestFirst(() => true),
    get: (id) => db.get('conversations', id),
    async put(conversation) {
      await db.put('conversations', storable(conversation))
    },
    async rename(id, title) {
      const tx = db.transaction('conversations', 'readwrite')
      const found = await tx.store.get(id)
      if (found) await tx.store.put({ ...found, title: title.trim() })
      await tx.done
    },
    remove: (id) => db.delete('conversations', id),
    clear: () => db.clear('conversations'),
    count: () => db.count('conversations'),
    search: (query) => newestFirst((c) => matches(c, query)),
    close: () => db.close(),
  }
}
