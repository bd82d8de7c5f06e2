// Routing and channel health in the console (SPEC §13, issue 16): three channels for one model — a revoked key,
// an overloaded provider, a healthy one. A burst of chats all succeed; the channels page shows the first
// auto-disabled with "401 from upstream" and the second cooling down; the recent-errors drawer lists the 401
// without the key; the dashboard raises its banner; once the mock takes the key again the probe brings the
// channel back with nobody clicking. Everything it adds it removes in `finally`.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { ADMIN } from '../lib/app.mjs'
import { admin, env, launchBrowser, screenshot } from '../lib/harness.mjs'
import { MODELS } from '../lib/mock-upstream.mjs'

const MODEL = 'e2e-routing'
const KEY = 'sk-e2e-route-K3y'

let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

async function signIn(page, path) {
  await page.goto(path)
  const username = page.getByTestId('admin-login-username')
  const landed = await Promise.race([
    username.waitFor().then(() => 'login'),
    page.getByTestId('admin-sign-out').waitFor().then(() => 'console'),
  ])
  if (landed === 'login') {
    await username.fill(ADMIN.username)
    await page.getByTestId('admin-login-password').fill(ADMIN.password)
    await page.getByTestId('admin-login-submit').click()
    await page.getByTestId('admin-sign-out').waitFor()
  }
}

function channel(name, path, priority) {
  return admin('POST', '/api/admin/channels', {
    name, base_url: `${env.mockUrl}${path}`, api_key: KEY, model_id: MODEL, upstream_model: MODELS.chat, priority,
  })
}

test('a revoked key is auto-disabled, an overloaded channel cools down, chats still succeed and the probe brings the first back', { timeout: 60_000 }, async () => {
  const { page } = browser
  const created = []
  const config = await admin('GET', '/api/admin/config')
  try {
    created.push(await channel('route revoked', '/__revoked/v1', 2))
    created.push(await channel('route overloaded', '/__overloaded/v1', 1))
    created.push(await channel('route healthy', '/v1', 0))
    const [revoked, overloaded] = created

    await page.goto('/')
    const statuses = await page.evaluate(async (model) => {
      const one = () => fetch('/api/chat/completions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ model, stream: false, messages: [{ role: 'user', content: 'ping' }] }),
      }).then((r) => r.status)
      const first = await one() // the first meets both bad channels; the rest of the burst goes out together
      return [first, ...(await Promise.all([one(), one(), one(), one()]))]
    }, MODEL)
    assert.deepEqual(statuses, [200, 200, 200, 200, 200])

    await signIn(page, '/admin/channels')
    const row = (c) => page.locator(`[data-testid="channel-row"][data-channel-id="${c.id}"]`)
    const revokedBadge = row(revoked).getByTestId('channel-health')
    await revokedBadge.waitFor()
    assert.equal(await revokedBadge.getAttribute('data-status'), 'auto_disabled')
    assert.match(await revokedBadge.getAttribute('title'), /401 from upstream/)
    assert.equal(await row(overloaded).getByTestId('channel-health').getAttribute('data-status'), 'cooling')
    await screenshot(page, 'routing-channels')

    await row(revoked).getByTestId('channel-errors').click()
    const drawer = page.getByTestId('channel-errors-drawer')
    await drawer.getByTestId('channel-error-item').first().waitFor()
    const text = await drawer.innerText()
    assert.match(text, /HTTP 401/)
    assert.match(text, /Incorrect API key provided/)
    assert.ok(!text.includes(KEY) && !text.includes('K3y'), 'the key echoed by the upstream is masked')
    await screenshot(page, 'routing-errors-drawer')
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'detached' })

    await page.goto('/admin')
    await page.getByTestId('dashboard-health-banner').waitFor()
    assert.match(await page.getByTestId('dashboard-health-banner').innerText(), /route revoked/)

    await admin('PUT', '/api/admin/config', { channel_probe_seconds: 1 })
    await fetch(`${env.mockUrl}/__revoked/heal`, { method: 'POST' })
    let status
    for (let i = 0; i < 60 && status !== 'enabled'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      status = (await admin('GET', `/api/admin/channels/${revoked.id}`)).status
    }
    assert.equal(status, 'enabled', 'the probe re-enabled the channel')
    await page.goto('/admin/channels')
    await row(revoked).getByTestId('channel-health').waitFor()
    assert.equal(await row(revoked).getByTestId('channel-health').getAttribute('data-status'), 'enabled')
  } finally {
    await admin('PUT', '/api/admin/config', { channel_probe_seconds: config.channel_probe_seconds ?? 60 }).catch(() => {})
    for (const c of created) await admin('DELETE', `/api/admin/channels/${c.id}`).catch(() => {})
  }
})
