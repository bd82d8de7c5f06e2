/**
 * Store: "keep conversations on this device". Off by default; when on, the open conversation is copied to
 * IndexedDB after each change and the sidebar lists, searches, renames and deletes what is kept. Nothing
 * here talks to the server.
 */
import { ref } from 'vue'
import { defineStore } from 'pinia'
import {
  openConversationDb,
  type ConversationDb,
  type ConversationSummary,
  type StoredConversation,
} from '@/storage/conversationDb'

const ENABLED_KEY = 'switchboard.keepConversations'
const LAST_KEY = 'switchboard.lastConversation'

function readFlag(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function writeFlag(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // this page only
  }
}

export const useConversationsStore = defineStore('conversations', () => {
  const enabled = ref(readFlag(ENABLED_KEY) === '1')
  /** False when the browser refuses IndexedDB (some private modes): the switch then says so. */
  const available = ref(typeof indexedDB !== 'undefined')
  const items = ref<ConversationSummary[]>([])
  const query = ref('')
  const results = ref<ConversationSummary[]>([])
  /** One connection, opened once: callers that come while it opens wait for the same one. */
  let db: Promise<ConversationDb | null> | null = null

  function database(): Promise<ConversationDb | null> {
    db ??= openConversationDb().catch(() => {
      available.value = false
      return null
    })
    return db
  }

  async function refresh(): Promise<void> {
    const store = await database()
    if (!store) return
    items.value = await store.list()
    results.value = query.value.trim() === '' ? items.value : await store.search(query.value)
  }

  async function search(text: string): Promise<void> {
    query.value = text
    await refresh()
  }

  /** Loads the list; returns the conversation that was open last time, if it is still kept. */
  async function init(): Promise<StoredConversation | undefined> {
    if (!enabled.value) return undefined
    await refresh()
    const last = readFlag(LAST_KEY)
    return last ? (await database())?.get(last) : undefined
  }

  /**
   * Every write runs after the ones asked for before it: the question is saved as it is sent and the answer when
   * it ends, and an earlier snapshot landing last would bring back a conversation without its answer (or one
   * just deleted).
   */
  let writes: Promise<unknown> = Promise.resolve()

  function queued<T>(work: () => Promise<T>): Promise<T> {
    const done = writes.then(work)
    writes = done.catch(() => {})
    return done
  }

  function save(record: StoredConversation): Promise<void> {
    return queued(() => saveNow(record))
  }

  async function saveNow(record: StoredConversation): Promise<void> {
    if (!enabled.value || record.messages.length === 0) return
    const store = await database()
    if (!store) return
    await store.put(record)
    writeFlag(LAST_KEY, record.id)
    await refresh()
  }

  async function load(id: string): Promise<StoredConversation | undefined> {
    const found = await (await database())?.get(id)
    if (found) writeFlag(LAST_KEY, id)
    return found
  }

  /** A kept conversation without marking it as the open one (for export). */
  async function get(id: string): Promise<StoredConversation | undefined> {
    return (await database())?.get(id)
  }

  function rename(id: string, title: string): Promise<void> {
    return queued(async () => {
      await (await database())?.rename(id, title)
      await refresh()
    })
  }

  function remove(id: string): Promise<void> {
    return queued(async () => {
      await (await database())?.remove(id)
      if (readFlag(LAST_KEY) === id) writeFlag(LAST_KEY, null)
      await refresh()
    })
  }

  function clearAll(): Promise<void> {
    return queued(async () => {
      await (await database())?.clear()
      writeFlag(LAST_KEY, null)
      await refresh()
    })
  }

  /** How many conversations are kept (asked before switching off). */
  async function storedCount(): Promise<number> {
    return (await (await database())?.count()) ?? 0
  }

  async function enable(): Promise<void> {
    enabled.value = true
    writeFlag(ENABLED_KEY, '1')
    await refresh()
  }

  /** Switches keeping off; with `forget`, what was kept is deleted too (else it waits for the switch to come back on). */
  async function disable(forget: boolean): Promise<void> {
    enabled.value = false
    writeFlag(ENABLED_KEY, null)
    writeFlag(LAST_KEY, null)
    items.value = []
    results.value = []
    // Clearing (not deleting the database) cannot be blocked by another open tab.
    if (forget) await queued(async () => (await database())?.clear())
  }

  return { enabled, available, items, query, results, init, search, save, load, get, rename, remove, clearAll, storedCount, enable, disable }
})
