// Cost, groups and quotas (SPEC §14, issue 17 "Done when"), scaled down so the mock upstream's fixed usage
// (12 prompt tokens, a few completion tokens per e2e-echo answer) reaches the member quota in three chats:
// the admin sets the currency and the echo channel's prices, creates the group "class-3" (20k tokens a month,
// 40 per member), moves two students into it on the users page; the first student's menu shows what is left,
// at the quota the chat page shows the quota dialog (not the rate-limit one) with the reset date, in English and
// in Chinese, while the second student carries on; the dashboard shows the month's cost in the currency and the
// student among the top users. Everything it changes it puts back in `finally`.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { ADMIN } from '../lib/app.mjs'
import { admin, env, launchBrowser, lastReply, openChat, screenshot as capture, send } from '../lib/harness.mjs'
import { MODELS } from '../lib/mock-upstream.mjs'

const GROUP = 'class-3'
const MEMBER_QUOTA = 40
const PASSWORD = 'quota password 123'
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

/** A screenshot once the fade transitions have finished. */
async function screenshot(page, name) {
  await page.waitForTimeout(250)
  return capture(page, name)
}

async function signInAdmin(page, path) {
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

async function userToken(email) {
  const res = await fetch(`${env.appUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  const text = await res.text()
  assert.equal(res.status, 200, text)
  return JSON.parse(text).access_token
}

async function myUsage(token) {
  const res = await fetch(`${env.appUrl}/api/me/usage`, { headers: { Authorization: `Bearer ${token}` } })
  assert.equal(res.status, 200)
  return res.json()
}

/** Usage rows are charged just behind the answer: polls (from node, never waitForFunction) until `tokens` is reached. */
async function waitForUsage(token, tokens) {
  let usage
  for (let i = 0; i < 50; i++) {
    usage = await myUsage(token)
    if (usage.tokens >= tokens) return usage
    await sleep(100)
  }
  throw new Error(`usage stayed at ${usage?.tokens} tokens, expected ${tokens}`)
}

function chatAs(token, content) {
  return fetch(`${env.appUrl}/api/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ model: MODELS.echo, stream: false, messages: [{ role: 'user', content }] }),
  })
}

test('a group quota: the menu shows what is left, the quota dialog comes at the limit, the other student carries on, the dashboard shows the cost', { timeout: 120_000 }, async () => {
  const { page, context } = browser
  const original = await admin('GET', '/api/admin/config')
  const echo = (await admin('GET', '/api/admin/channels')).find((c) => c.model_id === MODELS.echo && c.name === `mock ${MODELS.echo}`)
  assert.ok(echo, 'the run set up a channel for e2e-echo')
  const stamp = Date.now().toString(36)
  const students = [`e2e-quota-a-${stamp}@example.com`, `e2e-quota-b-${stamp}@example.com`]
  const created = []
  let group
  let studentPage
  try {
    for (const email of students) created.push(await admin('POST', '/api/admin/users', { email, password: PASSWORD }))

    // Settings: the currency label.
    await signInAdmin(page, '/admin/settings')
    const currency = page.getByTestId('settings-currency')
    await currency.waitFor()
    assert.equal(await currency.inputValue(), original.currency ?? 'USD')
    await currency.fill('CNY')
    await page.getByTestId('settings-quota-save').click()
    await page.getByTestId('settings-quota-saved').waitFor()
    assert.equal((await admin('GET', '/api/admin/config')).currency, 'CNY')

    // Channels: the echo channel's prices per million tokens; a negative one is refused before sending.
    await page.getByTestId('nav-channels').click()
    const row = page.locator(`[data-testid="channel-row"][data-channel-id="${echo.id}"]`)
    await row.getByTestId('channel-edit').click()
    const dialog = page.getByTestId('channel-dialog')
    await dialog.waitFor()
    await page.getByTestId('channel-input-price').fill('-1')
    await page.getByTestId('channel-save').click()
    await page.locator('[data-testid="channel-input-price"][aria-invalid="true"]').waitFor()
    await page.getByTestId('channel-input-price').fill('1000')
    await page.getByTestId('channel-output-price').fill('2000')
    await page.getByTestId('channel-cached-input-price').fill('500')
    await screenshot(page, 'quota-channel-prices')
    await page.getByTestId('channel-save').click()
    await dialog.waitFor({ state: 'detached' })
    assert.match(await row.getByTestId('channel-row-price').innerText(), /¥1,000.*¥2,000/s)
    const priced = (await admin('GET', '/api/admin/channels')).find((c) => c.id === echo.id)
    assert.deepEqual([priced.input_price, priced.output_price, priced.cached_input_price].map(Number), [1000, 2000, 500])

    // Groups: "class-3" with a group and a member quota.
    await page.getByTestId('nav-groups').click()
    await page.getByTestId('group-add').click()
    const groupDialog = page.getByTestId('group-dialog')
    await groupDialog.waitFor()
    await page.getByTestId('group-save').click()
    await page.locator('[data-testid="group-name"][aria-invalid="true"]').waitFor()
    await page.getByTestId('group-name').fill(GROUP)
    await page.getByTestId('group-monthly-tokens').fill('20k')
    await page.getByTestId('group-member-monthly-tokens').fill(String(MEMBER_QUOTA))
    await screenshot(page, 'quota-group-dialog')
    await page.getByTestId('group-save').click()
    await groupDialog.waitFor({ state: 'detached' })
    const groupRow = page.locator(`[data-testid="group-row"][data-group-name="${GROUP}"]`)
    await groupRow.waitFor()
    assert.match(await groupRow.getByTestId('group-row-member-quota').innerText(), /40 tokens/)
    await screenshot(page, 'quota-groups')
    group = (await admin('GET', '/api/admin/groups?page=1&size=500').then((body) => (Array.isArray(body) ? body : body.items))).find((g) => g.name === GROUP)
    assert.deepEqual(
      [group.monthly_token_quota, group.member_monthly_token_quota, group.rpm, group.allowed_models, group.monthly_cost_quota],
      [20_000, MEMBER_QUOTA, null, [], null],
    )

    // Users: both students into the group with the row's picker.
    await page.getByTestId('nav-users').click()
    for (const email of students) {
      await page.getByTestId('user-search').fill(email)
      const userRow = page.locator(`[data-testid="user-row"][data-email="${email}"]`)
      await userRow.waitFor()
      await userRow.getByTestId('user-group').selectOption({ label: GROUP })
      for (let i = 0; i < 40 && (await admin('GET', `/api/admin/users?q=${encodeURIComponent(email)}&page=1&size=5`)).items[0]?.group_id !== group.id; i++) await sleep(100)
      assert.equal((await admin('GET', `/api/admin/users?q=${encodeURIComponent(email)}&page=1&size=5`)).items[0].group_id, group.id)
    }
    await screenshot(page, 'quota-users')

    // Student A chats in the browser until the member quota is used up.
    const [tokenA, tokenB] = [await userToken(students[0]), await userToken(students[1])]
    studentPage = await context.newPage()
    await studentPage.goto('/login')
    const login = studentPage.getByTestId('login-form')
    await login.locator('input[type="email"]').fill(students[0])
    await login.locator('input[type="password"]').fill(PASSWORD)
    await login.locator('button[type="submit"]').click()
    await studentPage.waitForURL((url) => url.pathname === '/')
    await openChat(studentPage, MODELS.echo)

    // Tokens charged after each answer, as /api/me/usage reports them.
    const used = []
    for (;;) {
      const answered = used.length
      await send(studentPage, `q${answered + 1}`)
      const outcome = await Promise.race([
        studentPage.getByTestId('quota-dialog').waitFor({ timeout: 15_000 }).then(() => 'quota'),
        studentPage.locator('[data-testid="message-assistant"][data-status="done"]').nth(answered).waitFor({ timeout: 15_000 }).then(() => 'answer'),
      ])
      if (outcome === 'quota') break
      assert.match(await lastReply(studentPage).getByTestId('message-content').innerText(), new RegExp(`Echo: q${answered + 1}`))
      const usage = await waitForUsage(tokenA, (used.at(-1) ?? 0) + 1)
      used.push(usage.tokens)
      assert.ok(used.length <= MEMBER_QUOTA, 'the quota stops the chats')
      if (used.length === 1) {
        // The menu shows the allowance: what is left of the member quota, how full it is, when the month ends.
        await studentPage.getByRole('button', { name: students[0] }).click()
        const summary = studentPage.getByTestId('usage-summary')
        await summary.waitFor()
        await summary.getByText(`${MEMBER_QUOTA - usage.tokens} of ${MEMBER_QUOTA} tokens left`).waitFor()
        assert.match(await summary.getByTestId('usage-resets').innerText(), /^Resets /)
        assert.equal(await summary.locator('[role="progressbar"]').getAttribute('aria-valuenow'), String(Math.round((usage.tokens / MEMBER_QUOTA) * 100)))
        await screenshot(studentPage, 'quota-user-menu')
        await studentPage.keyboard.press('Escape')
      }
    }
    // Refused exactly once the quota was reached: the answer before the last started below it.
    assert.ok(used.length >= 2, `several chats fit in the quota: ${used}`)
    assert.ok(used.at(-2) < MEMBER_QUOTA && used.at(-1) >= MEMBER_QUOTA, `tokens after each answer: ${used}`)

    // The quota dialog, not the rate-limit one: its title, the reset date in the reader's language, no countdown.
    const refused = await chatAs(tokenA, 'one more')
    assert.equal(refused.status, 429)
    const body = await refused.json()
    assert.equal(body.error.type, 'quota_exceeded')
    assert.equal(body.error.message, '本月额度已用完')
    const quotaDialog = studentPage.getByTestId('quota-dialog')
    const expectedDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(body.error.reset_at))
    assert.equal(await studentPage.getByRole('alertdialog').getAttribute('aria-label'), 'Monthly allowance used up')
    assert.equal(await quotaDialog.getByTestId('quota-reset').innerText(), `It resets on ${expectedDate}.`)
    assert.equal(await studentPage.getByTestId('error-countdown').count(), 0, 'no rate-limit countdown')
    await screenshot(studentPage, 'quota-dialog')
    await studentPage.keyboard.press('Escape')
    await quotaDialog.waitFor({ state: 'detached' })

    // The menu says so too, and in Chinese the dialog carries the server's words.
    await studentPage.getByRole('button', { name: students[0] }).click()
    await studentPage.getByTestId('usage-summary').getByText('Allowance used up').waitFor()
    await studentPage.getByRole('button', { name: '简体中文', exact: true }).click()
    await studentPage.keyboard.press('Escape')
    await send(studentPage, 'again')
    await quotaDialog.waitFor()
    assert.equal(await studentPage.getByRole('alertdialog').getAttribute('aria-label'), '本月额度已用完')
    assert.match(await quotaDialog.getByTestId('quota-reset').innerText(), /额度将于 .+ 恢复。/)
    await screenshot(studentPage, 'quota-dialog-zh')
    await studentPage.getByTestId('quota-ok').click()
    // Back to English: the language is saved for the whole browser, the admin's tab included.
    await studentPage.getByRole('button', { name: students[0] }).click()
    await studentPage.getByRole('button', { name: 'English', exact: true }).click()
    await studentPage.keyboard.press('Escape')

    // The other student of the class carries on.
    const carriesOn = await chatAs(tokenB, 'still here')
    assert.equal(carriesOn.status, 200, await carriesOn.text())

    // Dashboard: the month's cost in the currency, and the student among the top users.
    await page.bringToFront()
    await page.getByTestId('nav-dashboard').click()
    await page.getByTestId('dashboard-refresh').click()
    const costCard = page.getByTestId('card-cost')
    await costCard.waitFor()
    const stats = await admin('GET', '/api/admin/stats')
    assert.ok(Number(stats.cost.month) > 0, `the month cost: ${stats.cost.month}`)
    const monthCost = await costCard.getByTestId('stat-month').innerText()
    assert.match(monthCost, /¥\d/)
    assert.equal(monthCost, new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: Number(stats.cost.month) >= 1 ? 2 : Number(stats.cost.month) >= 0.01 ? 4 : 6 }).format(String(stats.cost.month)))
    assert.match(await costCard.locator('h2').innerText(), /CNY/)
    await page.getByTestId('top-users').locator(`[data-testid="top-user-row"][data-user="${students[0]}"]`).waitFor()
    await page.waitForTimeout(700) // the charts' entrance animation, for the screenshot
    await screenshot(page, 'quota-dashboard')
    assert.deepEqual(browser.browserErrors, [])
  } finally {
    await studentPage?.close().catch(() => {})
    await admin('PUT', '/api/admin/config', { currency: original.currency ?? 'USD' }).catch(() => {})
    await admin('PUT', `/api/admin/channels/${echo?.id}`, { input_price: null, output_price: null, cached_input_price: null }).catch(() => {})
    for (const user of created) await admin('DELETE', `/api/admin/users/${user.id}`).catch(() => {})
    if (group) await admin('DELETE', `/api/admin/groups/${group.id}`).catch(() => {})
  }
})
