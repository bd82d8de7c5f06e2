// Exceeding the guest limit: the rate-limit dialog with the server's message and a live countdown.
// Runs last: it lowers the guest limit for the whole app, and puts it back afterwards.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { admin, launchBrowser, lastReply, openChat, screenshot, send } from '../lib/harness.mjs'
import { MODELS } from '../lib/mock-upstream.mjs'

let browser
let config
before(async () => {
  config = await admin('GET', '/api/admin/config')
  await admin('PUT', '/api/admin/config', { ...config, guest_rpm: 1 })
  browser = await launchBrowser({ locale: 'zh-CN' })
})
after(async () => {
  await browser?.close()
  if (config) await admin('PUT', '/api/admin/config', config)
})

const secondsIn = (text) => Number(text.match(/\d+/)?.[0] ?? Number.NaN)

test('exceeding the guest limit shows the rate-limit dialog with a live countdown', { timeout: 30_000 }, async () => {
  const { page } = browser
  await openChat(page, MODELS.chat)
  const dialog = page.getByRole('alertdialog')
  const countdown = page.getByTestId('error-countdown')

  // With a limit of one a minute, the first or the second message is refused.
  for (let attempt = 1; attempt <= 3; attempt++) {
    await send(page, `Message ${attempt}`)
    await page.waitForFunction(
      () =>
        document.querySelector('[role="alertdialog"]') !== null ||
        [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1)?.getAttribute('data-status') === 'done',
      undefined,
      { timeout: 15_000 },
    )
    if (await dialog.count()) break
  }
  await dialog.waitFor()
  assert.equal(await countdown.count(), 1, `a rate-limit dialog, not: ${await dialog.innerText()}`)
  assert.equal(await page.getByTestId('error-message').innerText(), '您超过当前使用限制，请稍后再试')

  const first = secondsIn(await countdown.innerText())
  assert.ok(first >= 1 && first <= 60, `retry_after in 1..60, got ${first}`)
  await page.waitForTimeout(400) // the dialog's entrance animation
  await screenshot(page, 'rate-limit')
  await page.waitForTimeout(2_100)
  const later = secondsIn(await countdown.innerText())
  assert.ok(later < first, `the countdown goes down: ${first} then ${later}`)
  assert.ok(first - later <= 4, `by about the time that passed: ${first} then ${later}`)

  // Closing the dialog leaves the chat usable; the refused message left no empty reply behind, only a retry button.
  await dialog.getByRole('button').last().click()
  await dialog.waitFor({ state: 'detached' })
  const last = page.locator('[data-testid="message-user"], [data-testid="message-assistant"]').last()
  assert.equal(await last.getAttribute('data-testid'), 'message-user', 'no reply bubble after the refused message')
  assert.equal(await last.getByTestId('retry').count(), 1, 'the refused message can be retried')
  const replies = page.getByTestId('message-assistant')
  if (await replies.count()) assert.notEqual(await lastReply(page).getAttribute('data-status'), 'streaming')
  await screenshot(page, 'rate-limit-closed')
  assert.deepEqual(browser.browserErrors, [])
})
