// Chat page round 2: conversations kept on this device (on → reload → back; off → gone), search, rename,
// Markdown export, edit and resend, conversation settings, images for a vision model, the trimmed divider,
// and the drawer on a phone.
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { env, launchBrowser, lastReply, mockStats, openChat, screenshot, send } from '../lib/harness.mjs'
import { ECHO_CHANNELS, MODELS } from '../lib/mock-upstream.mjs'

let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

async function replyDone(page) {
  const reply = lastReply(page)
  await page.waitForFunction((el) => el.getAttribute('data-status') === 'done', await reply.elementHandle(), { timeout: 15_000 })
  return reply
}

async function ask(page, text) {
  await send(page, text)
  return replyDone(page)
}

const items = (page) => page.getByTestId('conversation-item')

/** The conversations in the device's store, read in the page (a fresh connection, closed again). */
function keptRecords(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('switchboard')
    open.onerror = () => resolve([])
    open.onsuccess = () => {
      const db = open.result
      if (!db.objectStoreNames.contains('conversations')) {
        db.close()
        return resolve([])
      }
      const all = db.transaction('conversations').objectStore('conversations').getAll()
      all.onsuccess = () => {
        db.close()
        resolve(all.result)
      }
      all.onerror = () => {
        db.close()
        resolve([])
      }
    }
  }))
}

/**
 * Waits until the device's store satisfies `holds`: the page writes right after an answer ends (or a clear is
 * confirmed), and a reload before that write lands aborts it. Polled from here: `waitForFunction` takes a
 * returned Promise for a truthy value and would not wait.
 */
async function storeHolds(page, holds, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!holds(await keptRecords(page))) {
    if (Date.now() > deadline) throw new Error(`the device's store never held ${what} (${timeoutMs} ms): ${JSON.stringify(await keptRecords(page)).slice(0, 1500)}`)
    await page.waitForTimeout(50)
  }
}

const storedAnswer = (page, text) => storeHolds(page,
  (records) => records.some((c) => c.messages.some((m) => m.role === 'assistant' && m.content.includes(text))),
  `an answer containing "${text}"`)

/** A 1 × 1 PNG. */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

/** Waits until the keep switch shows `on` (the page re-renders just after the click). */
function switchIs(page, on) {
  return page.locator(`[data-testid="keep-switch"][aria-checked="${on}"]`).waitFor()
}

test('kept conversations come back after a reload, and are found by a word, renamed and exported', { timeout: 60_000 }, async () => {
  const { page } = browser
  await openChat(page, MODELS.echo)
  const keep = page.getByTestId('keep-switch')
  assert.equal(await keep.getAttribute('aria-checked'), 'false', 'off by default')
  await keep.click()
  await switchIs(page, true)

  const first = await ask(page, 'Plan a trip to Kyoto')
  assert.equal(await first.getByTestId('message-content').innerText(), 'Echo: Plan a trip to Kyoto')
  await items(page).filter({ hasText: 'Plan a trip to Kyoto' }).waitFor()

  await page.getByTestId('sidebar-new-chat').click()
  await ask(page, 'How long to boil an egg?')
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="conversation-item"]').length === 2)
  await storedAnswer(page, 'Echo: How long to boil an egg?')

  await page.reload()
  await page.getByTestId('message-user').filter({ hasText: 'How long to boil an egg?' }).waitFor()
  assert.match(await lastReply(page).getByTestId('message-content').innerText(), /Echo: How long to boil an egg\?/)
  assert.equal(await items(page).count(), 2)
  await switchIs(page, true)

  // Search by a word of the text, open the match.
  await page.getByTestId('conversation-search').fill('kyoto')
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="conversation-item"]').length === 1)
  await items(page).getByTestId('conversation-open').click()
  await page.getByTestId('message-user').filter({ hasText: 'Plan a trip to Kyoto' }).waitFor()
  // The other conversation's messages leave on the next frame (the list's transition).
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="message-user"]').length === 1)

  // Rename with the keyboard.
  await items(page).getByTestId('conversation-rename').click()
  const rename = page.getByTestId('conversation-rename-input')
  await rename.fill('Kyoto plans')
  await rename.press('Enter')
  await items(page).filter({ hasText: 'Kyoto plans' }).waitFor()
  await screenshot(page, 'conversations-kept')

  // Export as Markdown.
  const [download] = await Promise.all([page.waitForEvent('download'), items(page).getByTestId('conversation-export').click()])
  assert.equal(download.suggestedFilename(), 'Kyoto-plans.md')
  const markdown = readFileSync(await download.path(), 'utf8')
  assert.match(markdown, /^# Kyoto plans\n/)
  assert.match(markdown, /## You\n\nPlan a trip to Kyoto/)
  assert.match(markdown, /## Assistant \(e2e-echo\)\n\nEcho: Plan a trip to Kyoto/)

  await page.getByTestId('conversation-search').fill('')
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="conversation-item"]').length === 2)
  assert.deepEqual(browser.browserErrors, [])
})

test('an answer still streaming when the page is reloaded is kept, and opens as stopped', { timeout: 30_000 }, async () => {
  const { page } = browser
  await openChat(page, MODELS.slow)
  await switchIs(page, true)
  await page.getByTestId('sidebar-new-chat').click()
  await send(page, 'Tell me a story to keep')
  const content = lastReply(page).getByTestId('message-content')
  await page.waitForFunction((el) => el.textContent.length > 40, await content.elementHandle(), { timeout: 10_000 })
  // still streaming: what has arrived reaches the device within about a second (stored as stopped)
  await storeHolds(page, (records) => records.some((c) => c.messages.some((m) => m.role === 'assistant'
    && m.content.startsWith('Sentence number 1 of'))), 'the answer so far', 5_000)

  await page.reload()
  await items(page).filter({ hasText: 'Tell me a story to keep' }).getByTestId('conversation-open').click()
  await page.getByTestId('message-user').filter({ hasText: 'Tell me a story to keep' }).waitFor()
  const reply = lastReply(page)
  await page.waitForFunction((el) => el.getAttribute('data-status') === 'stopped', await reply.elementHandle())
  assert.match(await reply.getByTestId('message-content').innerText(), /^Sentence number 1 of/)
  assert.deepEqual(browser.browserErrors, [])
})

test('switching keeping off offers to delete what is stored; after a reload it is gone', { timeout: 30_000 }, async () => {
  const { page } = browser
  await page.getByTestId('keep-switch').click()
  await page.getByTestId('confirm-ok').waitFor()
  await screenshot(page, 'conversations-switch-off')
  await page.getByTestId('confirm-ok').click()
  await switchIs(page, false)
  assert.equal(await items(page).count(), 0)
  await storeHolds(page, (records) => records.length === 0, 'nothing')

  await page.reload()
  await page.getByTestId('model-picker').locator(`option[value="${MODELS.echo}"]`).waitFor({ state: 'attached' })
  await page.waitForTimeout(300) // a kept conversation would be opened right after the page loads
  assert.equal(await page.getByTestId('message-user').count(), 0, 'nothing was restored')
  await page.getByTestId('keep-switch').click()
  await switchIs(page, true)
  await page.getByTestId('conversation-empty').waitFor()
  assert.equal(await items(page).count(), 0, 'nothing is stored any more')
  await page.getByTestId('keep-switch').click() // nothing stored: off without a question
  await switchIs(page, false)
  assert.equal(await page.getByTestId('confirm-ok').count(), 0)
})

test('editing a question replaces the old answer and the turns after it', { timeout: 30_000 }, async () => {
  const { page } = browser
  await openChat(page, MODELS.echo)
  await ask(page, 'Helo wrld')
  await ask(page, 'Second question')
  assert.equal(await page.getByTestId('message-assistant').count(), 2)

  const question = page.getByTestId('message-user').first()
  await question.hover()
  await question.getByTestId('edit').click()
  const editor = page.getByTestId('edit-input')
  assert.equal(await editor.inputValue(), 'Helo wrld')
  await editor.fill('Hello world')
  await page.getByTestId('edit-save').click()

  const reply = await replyDone(page)
  assert.equal(await reply.getByTestId('message-content').innerText(), 'Echo: Hello world')
  assert.equal(await page.getByTestId('message-assistant').count(), 1, 'the old answers are gone')
  assert.deepEqual(await page.getByTestId('message-user-text').allInnerTexts(), ['Hello world'])
  const sent = (await mockStats()).lastRequest[MODELS.echo]
  assert.deepEqual(sent.messages, [{ role: 'user', text: 'Hello world', images: 0 }])
  await screenshot(page, 'edit-resend')
})

test('the conversation settings send a system prompt and a temperature', { timeout: 30_000 }, async () => {
  const { page } = browser
  await page.getByTestId('new-chat').click()
  await page.getByTestId('settings-button').click()
  await page.getByTestId('system-prompt').fill('Answer like a pirate.')
  await page.getByTestId('temperature-default').uncheck()
  await page.getByTestId('temperature').fill('1.3')
  assert.equal(await page.getByTestId('temperature-value').innerText(), '1.3')
  await screenshot(page, 'chat-settings')
  await page.getByTestId('settings-done').click()
  await ask(page, 'Ahoy?')
  const sent = (await mockStats()).lastRequest[MODELS.echo]
  assert.deepEqual(sent.messages[0], { role: 'system', text: 'Answer like a pirate.', images: 0 })
  assert.equal(sent.temperature, 1.3)
})

test('a vision model takes a pasted image: thumbnail in the bubble, image_url part at the upstream', { timeout: 30_000 }, async () => {
  const { page } = browser
  await page.getByTestId('new-chat').click()
  await openChat(page, MODELS.echo)
  assert.equal(await page.getByTestId('attach-images').count(), 0, 'no image button for a model without vision')

  // the same upstream model through a channel that says it takes images
  await openChat(page, ECHO_CHANNELS.eyes.model_id)
  await page.getByTestId('attach-images').waitFor()

  // Paste a 3000 × 1500 PNG: the page downscales it to 2048 px on the long side.
  await page.getByTestId('composer-input').focus()
  await page.evaluate(async () => {
    const canvas = document.createElement('canvas')
    canvas.width = 3000
    canvas.height = 1500
    const context = canvas.getContext('2d')
    context.fillStyle = '#4f46e5'
    context.fillRect(0, 0, 3000, 1500)
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'))
    const data = new DataTransfer()
    data.items.add(new File([blob], 'screenshot.png', { type: 'image/png' }))
    document.querySelector('[data-testid="composer-input"]').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })
  const thumbs = page.getByTestId('composer-images').locator('img')
  const thumb = thumbs.first()
  await thumb.waitFor()

  // Picking four more: only three fit beside the pasted one, and the page says so; the extra ones come off again.
  await page.getByTestId('image-input').setInputFiles(
    [1, 2, 3, 4].map((n) => ({ name: `pick-${n}.png`, mimeType: 'image/png', buffer: Buffer.from(TINY_PNG, 'base64') })),
  )
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="composer-images"] img').length === 4)
  assert.match(await page.getByTestId('image-notice').innerText(), /At most 4 images per message; 1 left out/)
  assert.equal(await page.getByTestId('attach-images').isDisabled(), true, 'no room for more')
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Remove image 2' }).click()
  assert.equal(await thumbs.count(), 1)

  const size = await thumb.evaluate((img) => new Promise((resolve) => {
    const probe = new Image()
    probe.onload = () => resolve([probe.naturalWidth, probe.naturalHeight])
    probe.src = img.src
  }))
  assert.deepEqual(size, [2048, 1024])

  await ask(page, 'What colour is this?')
  await page.getByTestId('message-images').locator('img').waitFor()
  const sent = (await mockStats()).lastRequest[MODELS.echo]
  assert.deepEqual(sent.messages.at(-1), { role: 'user', text: 'What colour is this?', images: 1 })
  await screenshot(page, 'image-sent')
})

test('the page marks where the sent context begins when the server trimmed earlier messages', { timeout: 30_000 }, async () => {
  const { page } = browser
  await page.getByTestId('new-chat').click()
  // a channel whose context window holds the newest question but not the long exchange before it
  await openChat(page, ECHO_CHANNELS.small.model_id)
  await ask(page, 'An old question that goes on and on about many things long past and long forgotten')
  await ask(page, 'New question')
  const divider = page.getByTestId('trimmed-divider')
  await divider.waitFor()
  const next = await divider.evaluate((el) => el.parentElement.querySelector('[data-testid="message-user"]')?.textContent?.trim())
  assert.equal(next, 'New question')
  await screenshot(page, 'trimmed-divider')
  const sent = (await mockStats()).lastRequest[MODELS.echo]
  assert.deepEqual(sent.messages.filter((m) => m.role !== 'system').map((m) => m.text), ['New question'],
    'the server left out the older turns')
})

test('on a phone the conversations open as a drawer that Escape closes', { timeout: 30_000 }, async () => {
  const { page } = browser
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  assert.equal(await page.getByTestId('sidebar').count(), 0, 'closed at first')
  await page.getByTestId('sidebar-toggle').click()
  await page.getByTestId('sidebar').waitFor()
  await page.waitForTimeout(250)
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'sidebar-new-chat', 'focus moves into the drawer')
  await screenshot(page, 'conversations-drawer-phone')
  await page.keyboard.press('Escape')
  await page.getByTestId('sidebar').waitFor({ state: 'detached' })
  await page.setViewportSize({ width: 1280, height: 800 })
})

test('the chat page works from the keyboard: Tab reaches every control, each with a visible focus ring', { timeout: 30_000 }, async () => {
  const { page } = browser
  await openChat(page, MODELS.echo)
  await page.evaluate(() => document.activeElement?.blur())
  const seen = []
  for (let i = 0; i < 24; i++) {
    await page.keyboard.press('Tab')
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement
        if (el === document.body) return null // Tab went past the last control, to the browser's own UI
        const ringed = (node) => node && (getComputedStyle(node).outlineStyle !== 'none' || getComputedStyle(node).boxShadow !== 'none')
        // The composer's text area draws its ring on the surrounding form (focus-within).
        return { id: el.getAttribute('data-testid'), name: el.getAttribute('aria-label') || el.textContent.trim(), ring: ringed(el) || ringed(el.closest('form')) }
      }),
    )
  }
  const ids = seen.filter(Boolean).map((s) => s.id)
  for (const id of ['sidebar-close', 'sidebar-new-chat', 'keep-switch', 'model-picker', 'settings-button', 'composer-input']) {
    assert.ok(ids.includes(id), `Tab reaches ${id}; reached ${JSON.stringify(ids)}`)
  }
  for (const s of seen.filter(Boolean)) assert.ok(s.ring, `${s.name || s.id} shows a focus ring`)

  // The settings popover opens with Enter, takes focus, and Escape closes it.
  await page.getByTestId('settings-button').focus()
  await page.keyboard.press('Enter')
  await page.getByTestId('settings-popover').waitFor()
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'system-prompt')
  await page.keyboard.press('Escape')
  await page.getByTestId('settings-popover').waitFor({ state: 'detached' })

  // Enter sends from the composer.
  await page.getByTestId('composer-input').focus()
  await page.keyboard.type('Sent with the keyboard')
  await page.keyboard.press('Enter')
  await replyDone(page)
  assert.equal(await lastReply(page).getByTestId('message-content').innerText(), 'Echo: Sent with the keyboard')
})

test('math renders with KaTeX, its fonts served by the app itself (the CSP allows nothing else)', { timeout: 30_000 }, async () => {
  const { page } = browser
  await page.getByTestId('new-chat').click()
  await openChat(page, MODELS.echo)
  const reply = await ask(page, 'Euler: $e^{i\\pi} + 1 = 0$ and $$\\sqrt{x^2+1}$$')
  const content = reply.getByTestId('message-content')
  await content.locator('.katex').first().waitFor()
  assert.equal(await content.locator('.katex-display').count(), 1, 'the $$ formula is a display formula')
  assert.equal(await content.locator('annotation').first().textContent(), 'e^{i\\pi} + 1 = 0')
  await page.waitForFunction(() => document.fonts.status === 'loaded')
  const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'loaded').map((f) => f.family))
  assert.ok(fonts.includes('KaTeX_Main'), `KaTeX's fonts loaded: ${JSON.stringify(fonts)}`)
  await screenshot(page, 'math')
  assert.deepEqual(browser.browserErrors, [])
})

test('the server keeps no message text: the database files hold none of what was said', async () => {
  const files = [env.dbPath, `${env.dbPath}-wal`].filter((f) => existsSync(f))
  assert.ok(files.length > 0, `no database at ${env.dbPath}`)
  const said = ['Plan a trip to Kyoto', 'How long to boil an egg', 'Answer like a pirate', 'What colour is this']
  for (const file of files) {
    const bytes = readFileSync(file)
    for (const text of said) assert.equal(bytes.indexOf(text), -1, `"${text}" found in ${file}`)
  }
})
