// A guest chatting: the reply streams in, reasoning shows in the Thinking panel, stop keeps the partial answer.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { launchBrowser, lastReply, mockStats, openChat, sampleUntil, screenshot, send } from '../lib/harness.mjs'
import { MODELS, REASONING, THINK_REASONING } from '../lib/mock-upstream.mjs'

let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

test('a guest picks a model and sees the reply stream in', { timeout: 30_000 }, async () => {
  const { page } = browser
  await openChat(page, MODELS.chat)
  await page.getByTestId('guest-banner').waitFor()
  await send(page, 'Hello, can you stream?')

  await page.getByTestId('message-user').filter({ hasText: 'Hello, can you stream?' }).waitFor()
  const reply = lastReply(page)
  const content = reply.getByTestId('message-content')
  const lengths = await sampleUntil(
    async () => ((await content.count()) ? (await content.innerText()).length : 0),
    async () => (await reply.getAttribute('data-status')) === 'done',
  )
  const partial = lengths.filter((n) => n > 0).slice(0, -1)
  assert.ok(partial.length >= 3, `the reply should grow over several steps, saw lengths ${JSON.stringify(lengths)}`)
  for (let i = 1; i < lengths.length; i++) assert.ok(lengths[i] >= lengths[i - 1], `the reply shrank: ${JSON.stringify(lengths)}`)

  await assert.doesNotReject(content.getByText('Streaming works.').waitFor())
  assert.equal(await content.locator('li').count(), 2, 'markdown list rendered')
  assert.equal(await content.locator('code').first().innerText(), 'inline code')
  assert.equal(await reply.getByTestId('thinking-panel').count(), 0, 'no Thinking panel without reasoning')
  await page.getByTestId('stop').waitFor({ state: 'detached' })
  await screenshot(page, 'guest-stream')
  assert.deepEqual(browser.browserErrors, [])
})

test('a reasoning model shows the Thinking panel, which folds when the answer starts', { timeout: 30_000 }, async () => {
  const { page } = browser
  await page.getByTestId('new-chat').click()
  await openChat(page, MODELS.reasoner)
  await send(page, 'Think first, then greet me.')

  const reply = lastReply(page)
  const panel = reply.getByTestId('thinking-panel')
  const toggle = panel.locator('button[aria-expanded]')
  const thinkingText = panel.getByTestId('thinking-text')
  await panel.waitFor()
  // Reasoning streams into the open panel while no answer is there yet.
  await page.waitForFunction(
    (el) => el.textContent.length > 20,
    await thinkingText.elementHandle(),
  )
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true', 'the panel is open while the model thinks')
  assert.equal(await reply.getByTestId('message-content').count(), 0, 'no answer yet while thinking')
  await screenshot(page, 'reasoning-thinking')

  // Once the answer starts the panel folds; the reasoning stays inside it.
  await reply.getByTestId('message-content').waitFor()
  await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'false', await toggle.elementHandle())
  await page.waitForFunction((el) => el.getAttribute('data-status') === 'done', await reply.elementHandle())
  assert.equal((await thinkingText.textContent()).trim(), REASONING)
  assert.match(await reply.getByTestId('message-content').innerText(), /Streaming works\./)
  assert.doesNotMatch(await reply.getByTestId('message-content').innerText(), /step by step/, 'reasoning is not in the answer')
  assert.match(await panel.getByTestId('thinking-label').innerText(), /\S/)
  await screenshot(page, 'reasoning-answered')

  // The folded panel opens again on a click.
  await toggle.click()
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true')
  await page.waitForTimeout(300) // let the unfold animation finish for the screenshot
  await screenshot(page, 'reasoning-reopened')
})

test('a <think> model streams its reasoning into the panel, not the answer (on a phone-sized screen)', { timeout: 30_000 }, async () => {
  const { page } = browser
  await page.setViewportSize({ width: 390, height: 844 })
  await openChat(page, MODELS.think)
  await send(page, 'Use think tags.')

  const reply = lastReply(page)
  await page.waitForFunction((el) => el.getAttribute('data-status') === 'done', await reply.elementHandle(), { timeout: 15_000 })
  const panel = reply.getByTestId('thinking-panel')
  assert.equal((await panel.getByTestId('thinking-text').textContent()).trim(), THINK_REASONING)
  assert.equal(await panel.locator('button[aria-expanded]').getAttribute('aria-expanded'), 'false')
  const answer = await reply.getByTestId('message-content').innerText()
  assert.match(answer, /^Streaming works\./)
  assert.doesNotMatch(answer, /think/i)
  await page.getByTestId('send').waitFor()
  await page.waitForTimeout(200) // the stop -> send button swap animation
  await screenshot(page, 'think-tags-phone')
  await page.setViewportSize({ width: 1280, height: 800 })
})

test('stop mid-stream keeps the partial answer and marks it stopped', { timeout: 30_000 }, async () => {
  const { page } = browser
  await page.getByTestId('new-chat').click()
  await openChat(page, MODELS.slow)
  const before = await mockStats()
  await send(page, 'Tell me a very long story.')

  const reply = lastReply(page)
  const content = reply.getByTestId('message-content')
  await page.waitForFunction((el) => el.textContent.length > 60, await (await content.elementHandle()), { timeout: 10_000 })
  await page.getByTestId('stop').click()

  await page.waitForFunction((el) => el.getAttribute('data-status') === 'stopped', await reply.elementHandle())
  const kept = await content.innerText()
  assert.match(kept, /^Sentence number 1 of/)
  assert.doesNotMatch(kept, /Sentence number 120/, 'the whole answer did not arrive')
  await page.waitForTimeout(600)
  assert.equal(await content.innerText(), kept, 'nothing more arrives after stop')
  await reply.locator('.status-tag').waitFor()
  await page.getByTestId('send').waitFor()
  assert.equal(await page.getByTestId('stop').count(), 0)
  await screenshot(page, 'stopped')

  // The app passes the stop on: the upstream stream is cut off too, not read to the end.
  let stats = await mockStats()
  for (let i = 0; i < 25 && stats.cutOff <= before.cutOff; i++) {
    await page.waitForTimeout(200)
    stats = await mockStats()
  }
  assert.equal(stats.cutOff, before.cutOff + 1, 'the upstream request was cancelled')
})
