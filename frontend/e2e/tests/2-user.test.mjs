// Register, sign in and chat as a user; the usage row carries the user's email (and never the text).
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { launchBrowser, lastReply, openChat, screenshot, send, usageRowsFor } from '../lib/harness.mjs'
import { MODELS } from '../lib/mock-upstream.mjs'

let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

test('register, sign in and chat as a user; the usage log shows the email', { timeout: 40_000 }, async () => {
  const { page } = browser
  const email = `e2e-${Date.now().toString(36)}@example.com`
  const password = 'correct horse battery'

  await page.goto('/register')
  const form = page.getByTestId('register-form')
  // Client-side validation first: a short password is refused before anything is sent.
  await form.locator('input[type="email"]').fill(email)
  await form.locator('input[autocomplete="new-password"]').nth(0).fill('short')
  await form.locator('input[autocomplete="new-password"]').nth(1).fill('short')
  await form.locator('button[type="submit"]').click()
  await form.locator('[aria-invalid="true"]').first().waitFor()
  assert.equal(new URL(page.url()).pathname, '/register')
  await screenshot(page, 'register-invalid')

  await form.locator('input[autocomplete="new-password"]').nth(0).fill(password)
  await form.locator('input[autocomplete="new-password"]').nth(1).fill(password)
  await screenshot(page, 'register')
  await form.locator('button[type="submit"]').click()

  // Registered: on to sign-in with the email filled in.
  await page.waitForURL((url) => url.pathname === '/login')
  const login = page.getByTestId('login-form')
  assert.equal(await login.locator('input[type="email"]').inputValue(), email)
  await login.locator('input[type="password"]').fill(password)
  await screenshot(page, 'login')
  await login.locator('button[type="submit"]').click()

  await page.waitForURL((url) => url.pathname === '/')
  await page.getByRole('button', { name: email }).waitFor()
  assert.equal(await page.getByTestId('guest-banner').count(), 0, 'no guest banner when signed in')

  await openChat(page, MODELS.chat)
  await send(page, 'Hello as a signed-in user')
  const reply = lastReply(page)
  await page.waitForFunction((el) => el.getAttribute('data-status') === 'done', await reply.elementHandle(), { timeout: 15_000 })
  assert.match(await reply.getByTestId('message-content').innerText(), /Streaming works\./)
  await page.getByRole('button', { name: email }).click()
  await page.getByTestId('signed-in-as').waitFor()
  await screenshot(page, 'user-chat')

  // The usage row is written behind the request: give it a moment.
  let rows = []
  for (let i = 0; i < 30 && rows.length === 0; i++) {
    rows = await usageRowsFor(email)
    if (rows.length === 0) await page.waitForTimeout(200)
  }
  assert.equal(rows.length, 1, `one usage row for ${email}`)
  assert.equal(rows[0].email.toLowerCase(), email)
  assert.equal(rows[0].model, MODELS.chat)
  assert.deepEqual(browser.browserErrors, [])
})
