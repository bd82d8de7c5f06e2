// The admin console in the browser: sign in, channels, settings, IP blocklist, logs with CSV export, dashboard.
// Runs after the chat tests (their usage rows feed the logs and charts). Whatever it changes for the whole
// app — channels, limits, the blocklist — it puts back in `finally`, even when an assertion fails.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { ADMIN } from '../lib/app.mjs'
import { admin, env, launchBrowser, lastReply, openChat, screenshot as capture, send } from '../lib/harness.mjs'
import { MODELS } from '../lib/mock-upstream.mjs'

const NEW_MODEL = 'e2e-admin-model'
const NEW_CHANNEL = 'e2e admin channel'

let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

/** A screenshot once the page's fade transitions (150 ms) have finished. */
async function screenshot(page, name) {
  await page.waitForTimeout(250)
  return capture(page, name)
}

/** Signs in through the form (a no-op when already signed in) and lands on `path`. */
async function signIn(page, path = '/admin') {
  await page.goto(path)
  const username = page.getByTestId('admin-login-username')
  const landed = await Promise.race([
    username.waitFor().then(() => 'login'),
    page.getByTestId('admin-sign-out').waitFor().then(() => 'console'),
  ])
  if (landed === 'console') return
  await username.fill(ADMIN.username)
  await page.getByTestId('admin-login-password').fill(ADMIN.password)
  await page.getByTestId('admin-login-submit').click()
  await page.getByTestId('admin-sign-out').waitFor()
}

/** The model ids the chat page offers, once its list has loaded (`known` is a model that is always there). */
async function chatModels(page, known = MODELS.chat) {
  await page.goto('/')
  const picker = page.getByTestId('model-picker')
  await picker.locator(`option[value="${known}"]`).waitFor({ state: 'attached' })
  return picker.locator('option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean))
}

/** A chat request from inside the page (so from the browser's own address); status and JSON body. */
function chatFromPage(page, model) {
  return page.evaluate(async (model) => {
    const res = await fetch('/api/chat/completions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ model, stream: false, messages: [{ role: 'user', content: 'ping' }] }),
    })
    let body = null
    try {
      body = await res.json()
    } catch {}
    return { status: res.status, retryAfter: res.headers.get('Retry-After'), body }
  }, model)
}

/** Waits until the admin logs API has at least `count` rows for the query (rows are written behind the request). */
async function waitForLogRows(query, count) {
  let page
  for (let i = 0; i < 40; i++) {
    page = await admin('GET', `/api/admin/logs?${query}&page=1&size=100`)
    if (page.total >= count) return page
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  throw new Error(`expected ${count} log rows for ${query}, have ${page.total}`)
}

test('sign-in: a wrong password shows an error, a rejected token returns to sign-in, the right one opens the console', { timeout: 30_000 }, async () => {
  const { page } = browser
  await page.goto('/admin')
  await page.waitForURL((url) => url.pathname === '/admin/login')
  await page.getByTestId('admin-login-username').fill(ADMIN.username)
  await page.getByTestId('admin-login-password').fill('not-the-password')
  await page.getByTestId('admin-login-submit').click()
  await page.getByTestId('admin-login-error').waitFor()
  assert.match(await page.getByTestId('admin-login-error').innerText(), /\S/)
  assert.equal(new URL(page.url()).pathname, '/admin/login')
  await screenshot(page, 'admin-login-error')

  await page.getByTestId('admin-login-password').fill(ADMIN.password)
  await page.getByTestId('admin-login-submit').click()
  await page.waitForURL((url) => url.pathname === '/admin')
  await page.getByTestId('dashboard').waitFor()
  assert.equal((await page.getByTestId('admin-name').innerText()).trim(), ADMIN.username)

  // A token the server rejects (expired, or signed with another key) sends the admin back with a message.
  await page.evaluate(() => localStorage.setItem('switchboard.adminToken', 'not.a.valid-token'))
  await page.goto('/admin/channels')
  await page.getByTestId('admin-session-expired').waitFor()
  assert.equal(new URL(page.url()).pathname, '/admin/login')
  await screenshot(page, 'admin-session-expired')
  await page.getByTestId('admin-login-username').fill(ADMIN.username)
  await page.getByTestId('admin-login-password').fill(ADMIN.password)
  await page.getByTestId('admin-login-submit').click()
  await page.waitForURL((url) => url.pathname === '/admin/channels', { timeout: 5_000 })
  await page.getByTestId('channel-table').waitFor()
  assert.deepEqual(browser.browserErrors, [])
})

test('channels: create one in the dialog, chat with its model, disable it and it leaves the chat page, delete it', { timeout: 45_000 }, async () => {
  const { page } = browser
  try {
    await signIn(page, '/admin/channels')
    await page.getByTestId('channel-table').waitFor()
    await page.getByTestId('channel-add').click()
    const dialog = page.getByTestId('channel-dialog')
    await dialog.waitFor()

    // Client-side validation: saving an empty form marks the fields and sends nothing.
    await page.getByTestId('channel-save').click()
    await dialog.locator('[aria-invalid="true"]').first().waitFor()
    assert.ok((await dialog.locator('[aria-invalid="true"]').count()) >= 3, 'name, model, base URL and key are required')

    await page.getByTestId('channel-name').fill(NEW_CHANNEL)
    await page.getByTestId('channel-model').fill(NEW_MODEL)
    await page.getByTestId('channel-base-url').fill(`${env.mockUrl}/v1`)
    await page.getByTestId('channel-api-key').fill('sk-e2e-admin-secret-1234')
    await page.getByTestId('channel-rpm').fill('30')
    assert.equal(await page.getByTestId('channel-enabled').getAttribute('aria-checked'), 'true')
    await screenshot(page, 'admin-channel-dialog')
    await page.getByTestId('channel-save').click()
    await dialog.waitFor({ state: 'detached' })

    const row = page.locator(`[data-testid="channel-row"][data-channel-name="${NEW_CHANNEL}"]`)
    await row.waitFor()
    assert.equal(await row.getByTestId('channel-row-model').innerText(), NEW_MODEL)
    const shownKey = await row.locator('code').nth(1).innerText()
    assert.doesNotMatch(shownKey, /secret/, `the key is masked, shown as ${shownKey}`)
    assert.match(shownKey, /1234$/)
    assert.equal(await row.getByTestId('channel-live').innerText(), '0 / 30', 'no calls yet out of an RPM of 30')

    // The test button reaches the mock upstream.
    await row.getByTestId('channel-test').click()
    const result = row.getByTestId('channel-test-result')
    await result.waitFor()
    assert.equal(await result.getAttribute('data-ok'), 'true', `test result: ${await result.innerText()}`)
    await screenshot(page, 'admin-channels')

    // The chat page offers the new model, and a chat with it works (and leaves a usage row).
    const chat = await browser.context.newPage()
    try {
      assert.ok((await chatModels(chat)).includes(NEW_MODEL), 'the new model is in the chat page picker')
      await openChat(chat, NEW_MODEL)
      await send(chat, 'Hello through the new channel')
      await chat.waitForFunction((el) => el.getAttribute('data-status') === 'done', await lastReply(chat).elementHandle(), { timeout: 15_000 })

      // Disabled with the switch: the chat page no longer offers it.
      const toggle = row.getByTestId('channel-toggle')
      assert.equal(await toggle.getAttribute('aria-checked'), 'true')
      await toggle.click()
      await page.waitForFunction((el) => el.getAttribute('aria-checked') === 'false' && !el.disabled, await toggle.elementHandle())
      const channels = await admin('GET', '/api/admin/channels')
      assert.equal(channels.find((c) => c.name === NEW_CHANNEL)?.is_enabled, false, 'saved as disabled')
      // The switch's answer refreshed the row: the one chat sent through the channel counts (the test call does not).
      assert.equal(await row.getByTestId('channel-live').innerText(), '1 / 30')
      const models = await chatModels(chat)
      assert.ok(!models.includes(NEW_MODEL), `the disabled model left the picker: ${models}`)
      assert.ok(models.includes(MODELS.chat))
    } finally {
      await chat.close()
    }

    // Deleted after a confirmation.
    await page.bringToFront()
    await row.getByTestId('channel-delete').click()
    await page.getByTestId('confirm-delete').click()
    await row.waitFor({ state: 'detached' })
    assert.equal((await admin('GET', '/api/admin/channels')).some((c) => c.name === NEW_CHANNEL), false)
    assert.deepEqual(browser.browserErrors, [])
  } finally {
    for (const c of await admin('GET', '/api/admin/channels')) {
      if (c.name === NEW_CHANNEL) await admin('DELETE', `/api/admin/channels/${c.id}`)
    }
  }
})

test('channels: the type picker fills the documented base URL and several models make one channel each', { timeout: 30_000 }, async () => {
  const { page } = browser
  const name = 'e2e claude'
  try {
    await signIn(page, '/admin/channels')
    await page.getByTestId('channel-table').waitFor()
    await page.getByTestId('channel-add').click()
    const dialog = page.getByTestId('channel-dialog')
    await dialog.waitFor()
    assert.equal(await page.getByTestId('channel-base-url').inputValue(), 'https://api.openai.com/v1')
    await page.getByTestId('channel-type').selectOption('gemini')
    assert.equal(await page.getByTestId('channel-base-url').inputValue(), 'https://generativelanguage.googleapis.com/v1beta')
    await page.getByTestId('channel-type').selectOption('anthropic')
    assert.equal(await page.getByTestId('channel-base-url').inputValue(), 'https://api.anthropic.com/v1')
    await page.getByTestId('channel-name').fill(name)
    await page.getByTestId('channel-model').fill('e2e-claude-a, e2e-claude-b')
    await page.getByTestId('channel-api-key').fill('sk-ant-e2e-not-real')
    await page.getByTestId('channel-reasoning').fill('2048')
    await screenshot(page, 'admin-channel-dialog-anthropic')
    await page.getByTestId('channel-save').click()
    await dialog.waitFor({ state: 'detached' })
    for (const model of ['e2e-claude-a', 'e2e-claude-b']) {
      const row = page.locator(`[data-testid="channel-row"][data-channel-name="${name} ${model}"]`)
      await row.waitFor()
      assert.equal(await row.getByTestId('channel-row-model').innerText(), model)
      await row.getByTestId('channel-row-type').waitFor()
    }
    const made = (await admin('GET', '/api/admin/channels')).filter((c) => c.name.startsWith(name))
    assert.deepEqual(made.map((c) => [c.type, c.base_url, c.reasoning]), [
      ['anthropic', 'https://api.anthropic.com/v1', '2048'],
      ['anthropic', 'https://api.anthropic.com/v1', '2048'],
    ])
    assert.deepEqual(browser.browserErrors, [])
  } finally {
    for (const c of await admin('GET', '/api/admin/channels')) {
      if (c.name.startsWith(name)) await admin('DELETE', `/api/admin/channels/${c.id}`)
    }
  }
})

test('settings: a lower guest RPM saved in the console is enforced at once', { timeout: 40_000 }, async () => {
  const { page } = browser
  const original = await admin('GET', '/api/admin/config')
  const limit = 3
  // The other tests chat from 127.0.0.1 too, and their requests are still in its rolling minute; this
  // browser tab talks to the app over IPv6 loopback, a client address with an empty window. (Not 127.0.0.2:
  // Micronaut refuses a request whose Host is 127.x but whose Origin is not localhost or 127.0.0.1.)
  let fresh
  try {
    await signIn(page, '/admin/settings')
    const guest = page.getByTestId('settings-guest-rpm')
    await guest.waitFor()
    assert.equal(await guest.inputValue(), String(original.guest_rpm))

    await guest.fill('0')
    await page.getByTestId('settings-save').click()
    await page.locator('[data-testid="settings-guest-rpm"][aria-invalid="true"]').waitFor()
    assert.equal((await admin('GET', '/api/admin/config')).guest_rpm, original.guest_rpm, 'an invalid value is not sent')

    await guest.fill(String(limit))
    await page.getByTestId('settings-save').click()
    await page.getByTestId('settings-saved').waitFor()
    await screenshot(page, 'admin-settings')
    assert.deepEqual(await admin('GET', '/api/admin/config'), { ...original, guest_rpm: limit })

    fresh = await browser.context.newPage()
    await fresh.goto(`${env.appUrl.replace('127.0.0.1', '[::1]')}/`)
    const answers = []
    for (let i = 0; i < limit + 1; i++) answers.push(await chatFromPage(fresh, MODELS.chat))
    assert.deepEqual(answers.map((a) => a.status), [...Array(limit).fill(200), 429], JSON.stringify(answers.map((a) => a.body)))
    const refused = answers.at(-1)
    assert.equal(refused.body.error.type, 'rate_limit_exceeded')
    assert.ok(Number(refused.retryAfter) >= 1 && Number(refused.retryAfter) <= 60, `Retry-After ${refused.retryAfter}`)
  } finally {
    await fresh?.close()
    await admin('PUT', '/api/admin/config', original)
  }
})

test('IP blocklist: blocking the browser\'s own range shuts the chat side, the console keeps working, the attempt is listed', { timeout: 45_000 }, async () => {
  const { page } = browser
  const RULES = ['127.0.0.0/8', '::1']
  try {
    await signIn(page, '/admin/ips')
    await page.getByTestId('ip-form').waitFor()

    // Client-side validation mirrors the server's: a malformed range is refused before sending.
    await page.getByTestId('ip-address').fill('127.0.0.0/33')
    await page.getByTestId('ip-add').click()
    await page.locator('[data-testid="ip-address"][aria-invalid="true"]').waitFor()
    assert.equal((await admin('GET', '/api/admin/blocked-ips')).length, 0)

    for (const rule of RULES) {
      await page.getByTestId('ip-address').fill(rule)
      await page.getByTestId('ip-reason').fill('e2e: block this machine')
      await page.getByTestId('ip-add').click()
      await page.locator(`[data-testid="ip-row"][data-ip="${rule}"]`).waitFor()
    }
    await screenshot(page, 'admin-ips')

    // The chat page and the chat API refuse this browser.
    const chat = await browser.context.newPage()
    try {
      const response = await chat.goto('/')
      assert.equal(response.status(), 403)
      assert.equal(JSON.parse(await response.text()).error.type, 'ip_blocked')
      const refused = await chatFromPage(page, MODELS.chat)
      assert.equal(refused.status, 403)
      assert.equal(refused.body.error.type, 'ip_blocked')
      const models = await page.evaluate(async () => (await fetch('/api/chat/models')).status)
      assert.equal(models, 403)
    } finally {
      await chat.close()
      await page.bringToFront() // a background tab runs no transitions
    }

    // The console is not affected: a reload and other pages still work.
    await page.reload()
    await page.locator(`[data-testid="ip-row"][data-ip="${RULES[0]}"]`).waitFor()
    assert.equal((await page.getByTestId('admin-name').innerText()).trim(), ADMIN.username, 'the console knows who is signed in')
    await page.getByTestId('nav-channels').click()
    await page.getByTestId('channel-table').waitFor()
    await page.getByTestId('nav-ips').click()

    // The refused requests are listed in the attempts tab.
    await page.getByTestId('ips-tab-attempts').click()
    const attempt = page.getByTestId('attempt-row').filter({ hasText: '127.0.0.1' })
    await attempt.filter({ hasText: '/api/chat/completions' }).first().waitFor()
    await attempt.filter({ has: page.locator('code', { hasText: /^\/$/ }) }).first().waitFor()
    assert.match(await attempt.first().innerText(), /127\.0\.0\.0\/8/, 'the matching rule is shown')
    await screenshot(page, 'admin-ips-attempts')
    const paths = (await admin('GET', '/api/admin/blocked-ips/attempts?page=1&size=100')).items.map((a) => a.path)
    assert.ok(!paths.some((p) => p.startsWith('/api/admin') || p.startsWith('/admin') || p.startsWith('/api/auth/admin')), `console requests are never attempts: ${paths}`)

    // Deleted through the console, with a confirmation: the chat page is back.
    await page.getByTestId('ips-tab-rules').click()
    for (const rule of RULES) {
      const row = page.locator(`[data-testid="ip-row"][data-ip="${rule}"]`)
      await row.getByTestId('ip-delete').click()
      await page.getByTestId('confirm-delete').click()
      await row.waitFor({ state: 'detached' })
    }
    await page.getByTestId('ip-empty').waitFor()
    assert.ok((await chatModels(page)).includes(MODELS.chat), 'the chat page works again')
    assert.deepEqual(browser.browserErrors, [])
  } finally {
    for (const rule of await admin('GET', '/api/admin/blocked-ips')) await admin('DELETE', `/api/admin/blocked-ips/${rule.id}`)
  }
})

test('logs: filter by user and model, then the exported CSV holds exactly the matching rows', { timeout: 40_000 }, async () => {
  const { page } = browser
  // Usage rows of a signed-in user with two models, next to the guests' rows of the other tests.
  const email = `e2e-logs-${Date.now().toString(36)}@example.com`
  const password = 'logs password 123'
  await fetch(`${env.appUrl}/api/auth/register`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  const login = await fetch(`${env.appUrl}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  const { access_token: userToken } = await login.json()
  for (const model of [MODELS.chat, MODELS.think, MODELS.chat]) {
    const res = await fetch(`${env.appUrl}/api/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${userToken}` },
      body: JSON.stringify({ model, stream: false, messages: [{ role: 'user', content: 'for the logs' }] }),
    })
    assert.equal(res.status, 200, await res.text())
  }
  const query = `user=${encodeURIComponent(email)}&model=${MODELS.chat}`
  const expected = await waitForLogRows(query, 2)
  assert.equal(expected.total, 2)
  assert.ok((await admin('GET', '/api/admin/logs?page=1&size=1')).total > expected.total, 'other rows exist, so the filter has work to do')

  await signIn(page, '/admin/logs')
  await page.getByTestId('log-table').waitFor()
  await page.getByTestId('log-filter-user').fill(email)
  await page.getByTestId('log-filter-model').fill(MODELS.chat)
  await page.getByTestId('log-filter-apply').click()
  const rows = page.getByTestId('log-row')
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="log-row"]').length === 2)
  for (const text of await rows.allInnerTexts()) {
    assert.match(text, new RegExp(email.replaceAll('.', '\\.')))
    assert.match(text, new RegExp(MODELS.chat))
  }
  await screenshot(page, 'admin-logs')

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('log-export').click()])
  assert.match(download.suggestedFilename(), /^usage-logs-.*\.csv$/)
  const bytes = readFileSync(await download.path())
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark')
  const lines = bytes.subarray(3).toString('utf8').split('\r\n')
  assert.equal(lines.at(-1), '', 'CRLF after the last row')
  const [header, ...data] = lines.slice(0, -1)
  const columns = header.split(',')
  assert.deepEqual(columns.slice(0, 6), ['id', 'created_at', 'ip_address', 'user_id', 'username', 'model_id'])
  assert.equal(data.length, 2, `only the matching rows:\n${data.join('\n')}`)
  const at = (name) => columns.indexOf(name)
  const cells = data.map((line) => line.split(','))
  assert.deepEqual(cells.map((c) => c[at('username')]), [email, email])
  assert.deepEqual(cells.map((c) => c[at('model_id')]), [MODELS.chat, MODELS.chat])
  assert.deepEqual(cells.map((c) => Number(c[at('id')])).sort(), expected.items.map((r) => r.id).sort())
  assert.deepEqual(browser.browserErrors, [])
})

test('dashboard: the cards and both charts render from the usage rows', { timeout: 30_000 }, async () => {
  const { page } = browser
  await signIn(page, '/admin')
  await page.getByTestId('dashboard').waitFor()
  await page.getByTestId('dashboard-refresh').click()
  for (const chart of ['chart-model-share', 'chart-trend']) {
    const canvas = page.getByTestId(chart).locator('canvas')
    await canvas.first().waitFor()
    const size = await canvas.first().boundingBox()
    assert.ok(size.width > 100 && size.height > 100, `${chart} has a drawn canvas: ${JSON.stringify(size)}`)
    assert.equal(await page.getByTestId(`${chart}-empty`).count(), 0)
  }
  const stats = await admin('GET', '/api/admin/stats')
  assert.ok(stats.calls.today > 0)
  const today = await page.getByTestId('card-calls').getByTestId('stat-today').innerText()
  assert.equal(Number(today.replace(/\D/g, '')), stats.calls.today)
  // Canvas pixels: something other than the background was painted.
  const painted = await page.getByTestId('chart-model-share').locator('canvas').first().evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
    let colored = 0
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && !(data[i] > 240 && data[i + 1] > 240 && data[i + 2] > 240)) colored++
    return colored
  })
  assert.ok(painted > 1000, `the pie is painted (${painted} coloured pixels)`)
  await page.waitForTimeout(700) // the charts' entrance animation, for the screenshot
  await screenshot(page, 'admin-dashboard')

  // On a phone-sized screen the tables become cards and the console stays usable.
  await page.setViewportSize({ width: 390, height: 844 })
  try {
    await page.getByTestId('nav-logs').click()
    await page.getByTestId('log-row').first().waitFor()
    await screenshot(page, 'admin-logs-phone')
    await page.getByTestId('nav-channels').click()
    await page.getByTestId('channel-row').first().waitFor()
    await screenshot(page, 'admin-channels-phone')
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 })
  }
  assert.deepEqual(browser.browserErrors, [])
})
