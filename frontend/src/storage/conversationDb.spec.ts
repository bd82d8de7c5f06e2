import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openConversationDb, type ConversationDb, type StoredConversation, type StoredMessage } from './conversationDb'

let db: ConversationDb
let name: string
let counter = 0

function conversation(id: string, updatedAt: number, title: string, messages: Partial<StoredMessage>[] = []): StoredConversation {
  return {
    id,
    title,
    createdAt: updatedAt,
    updatedAt,
    model: 'm',
    systemPrompt: '',
    temperature: null,
    contextStartId: null,
    messages: messages.map((m, i) => ({ id: `${id}-${i}`, role: 'user', content: '', reasoning: '', status: 'done', ...m })),
  }
}

beforeEach(async () => {
  counter += 1
  name = `test-${counter}`
  db = await openConversationDb(name)
})
afterEach(() => db.close())

describe('the conversation store in IndexedDB', () => {
  it('keeps a conversation and gives it back whole', async () => {
    const c = conversation('a', 1, 'Greeting', [{ content: 'Hi' }, { role: 'assistant', content: 'Hello!', model: 'm', thinkingMs: 1200 }])
    await db.put(c)
    expect(await db.get('a')).toEqual(c)
  })

  it('survives closing and opening the database again, as after a reload', async () => {
    await db.put(conversation('a', 1, 'Kept'))
    db.close()
    db = await openConversationDb(name)
    expect((await db.list()).map((s) => s.title)).toEqual(['Kept'])
  })

  it('lists the most recently updated first', async () => {
    await db.put(conversation('old', 1, 'Old'))
    await db.put(conversation('new', 3, 'New'))
    await db.put(conversation('mid', 2, 'Mid'))
    expect((await db.list()).map((s) => s.id)).toEqual(['new', 'mid', 'old'])
  })

  it('never writes images, only how many there were, and stores a cut-off reply as stopped', async () => {
    const c = conversation('a', 1, 'Pic', [{ content: 'What is it?', imageCount: 2 }, { role: 'assistant', content: 'A ca', status: 'streaming' }])
    const withImages = { ...c, messages: [{ ...c.messages[0]!, images: ['data:image/png;base64,AAAA'] }, c.messages[1]!] }
    await db.put(withImages as StoredConversation)
    const stored = await db.get('a')
    expect(JSON.stringify(stored)).not.toContain('data:image')
    expect(stored?.messages[0]?.imageCount).toBe(2)
    expect(stored?.messages[1]?.status).toBe('stopped')
  })

  it('renames, deletes one, and clears all', async () => {
    await db.put(conversation('a', 1, 'A'))
    await db.put(conversation('b', 2, 'B'))
    await db.rename('a', '  Renamed  ')
    expect((await db.get('a'))?.title).toBe('Renamed')
    await db.remove('b')
    expect(await db.count()).toBe(1)
    await db.clear()
    expect(await db.list()).toEqual([])
  })

  it('finds conversations by a word in the title or in any message, ignoring case', async () => {
    await db.put(conversation('a', 1, 'Trip to Kyoto', [{ content: 'Plan a trip' }]))
    await db.put(conversation('b', 2, 'Recipes', [{ content: 'How long to boil an egg?' }, { role: 'assistant', content: 'About nine minutes for KYOTO-style eggs' }]))
    await db.put(conversation('c', 3, 'Maths', [{ content: '2+2' }]))
    expect((await db.search('kyoto')).map((s) => s.id)).toEqual(['b', 'a'])
    expect((await db.search('EGG')).map((s) => s.id)).toEqual(['b'])
    expect((await db.search('nothing like this')).map((s) => s.id)).toEqual([])
    expect((await db.search('  ')).map((s) => s.id)).toEqual(['c', 'b', 'a'])
  })
})
