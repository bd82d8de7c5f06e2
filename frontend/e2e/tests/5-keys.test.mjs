// API keys in the browser: create one on /keys, copy it, use it with fetch against /v1/models, revoke it;
// then the admin's users page lists the user and switches them off.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { ADMIN } from '../lib/app.mjs'
import { admin, env, launchBrowser, screenshot } from '../lib/harness.mjs'
import { MODELS } from '../lib/mock-upstream.mjs'

let browser
before(async () => {
  browser = await launchBrowser()
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.appUrl })
})
after(async () => {
  await browser?.close()
})

/** `fetch` from the page itself, as a script on this origin would. */
function fetchModels(page, key) {
  return page.evaluate(async (secret) => {
    const res = await fetch('/v1/models', { headers: { Authorization: `Bearer ${secret}` } })
    return { status: res.status, body: await res.text() }
  }, key)
}

test('create a key on /keys, copy it, use it against /v1/models, revoke it', { timeout: 60_000 }, async () => {
  const { page } = browser
  const email = `e2e-keys-${Date.now().toString(36)}@example.com`
  const password = 'keys password 123'
  // Created by the admin: the per-IP sign-up budget belongs to the registration test.
  await admin('POST', '/api/admin/users', { email, password })

  await page.goto('/login')
  const login = page.getByTestId('login-form')
  await login.locator('input[type="email"]').fill(email)
  await login.locator('input[type="password"]').fill(password)
  await login.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/')

  // The user menu leads to the keys page.
  await page.getByRole('button', { name: email }).click()
  await page.getByTestId('menu-keys').click()
  await page.waitForURL((url) => url.pathname === '/keys')
  await page.getByTestId('key-empty').waitFor()
  assert.match(await page.getByTestId('base-url').innerText(), new RegExp(`^${env.appUrl}/v1$`))

  await page.getByTestId('key-create').click()
  await page.getByTestId('key-name').fill('browser test')
  await page.getByTestId('key-models').fill(MODELS.chat)
  await screenshot(page, 'keys-create')
  await page.getByTestId('key-create-submit').click()
  const secretInput = page.getByTestId('key-secret')
  await secretInput.waitFor()
  const shown = await secretInput.inputValue()
  assert.match(shown, /^sb-[A-Za-z0-9_-]{43}$/)
  await page.getByTestId('key-copy').click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  assert.equal(copied, shown, 'the copy button puts the key on the clipboard')
  await screenshot(page, 'keys-reveal')
  await page.getByTestId('key-done').click()
  await page.getByTestId('key-dialog').waitFor({ state: 'detached' })

  // Shown once: the list has only the masked form.
  const row = page.getByTestId('key-row').filter({ hasText: 'browser test' })
  await row.waitFor()
  assert.equal(await row.getByTestId('key-masked').innerText(), `${copied.slice(0, 8)}…${copied.slice(-4)}`)
  assert.ok(!(await page.content()).includes(copied), 'the key is not on the page any more')

  const allowed = await fetchModels(page, copied)
  assert.equal(allowed.status, 200, allowed.body)
  assert.deepEqual(JSON.parse(allowed.body).data.map((m) => m.id), [MODELS.chat], 'only the allowed model is listed')

  await row.getByTestId('key-revoke').click()
  await page.getByTestId('confirm-delete').click()
  await page.getByTestId('key-empty').waitFor()
  const revoked = await fetchModels(page, copied)
  assert.equal(revoked.status, 401, revoked.body)
  assert.ok(!revoked.body.includes(copied), 'the refusal does not echo the key')
  await screenshot(page, 'keys-revoked')
  assert.deepEqual(browser.browserErrors, [])
})

test('the admin finds a user on /admin/users, switches them off (their key is refused) and sees their keys', { timeout: 60_000 }, async () => {
  const { page } = browser
  const email = `e2e-users-${Date.now().toString(36)}@example.com`
  const password = 'users password 123'
  await admin('POST', '/api/admin/users', { email, password })
  const login = await fetch(`${env.appUrl}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  const { access_token: userToken } = await login.json()
  const created = await fetch(`${env.appUrl}/api/keys`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${userToken}` },
    body: JSON.stringify({ name: 'agent key' }),
  })
  const { key } = await created.json()
  const models = () => fetch(`${env.appUrl}/v1/models`, { headers: { 'x-api-key': key } }).then((r) => r.status)
  assert.equal(await models(), 200)

  await page.goto('/admin/users')
  const username = page.getByTestId('admin-login-username')
  await Promise.race([username.waitFor(), page.getByTestId('admin-sign-out').waitFor()])
  if (await username.count()) {
    await username.fill(ADMIN.username)
    await page.getByTestId('admin-login-password').fill(ADMIN.password)
    await page.getByTestId('admin-login-submit').click()
  }
  await page.getByTestId('user-search').fill(email)
  const row = page.locator(`[data-testid="user-row"][data-email="${email}"]`)
  await row.waitFor()
  // the search is debounced: only the match is listed once it has run
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="user-row"]').length === 1)
  await screenshot(page, 'admin-users')
  await row.getByTestId('user-toggle').click()
  await page.waitForFunction((e) => document.querySelector(`[data-email="${e}"] [role="switch"]`)?.getAttribute('aria-checked') === 'false', email)
  assert.equal(await models(), 403, 'a switched-off user\'s key is refused at once')

  await row.getByTestId('user-keys').click()
  await page.getByTestId('admin-key-table').waitFor()
  assert.match(await page.getByTestId('admin-key-row').first().innerText(), /agent key/)
  await screenshot(page, 'admin-user-keys')
  assert.deepEqual(browser.browserErrors, [])
})
