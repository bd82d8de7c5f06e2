// Under the security headers: every page works with no Content-Security-Policy violation — the chat page,
// the admin console and the Swagger UI at /docs (which has its own policy, allowing its one inline script by hash).
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { env, launchBrowser, screenshot } from '../lib/harness.mjs'

let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

test('every page and the API answer with the security headers', async () => {
  for (const path of ['/', '/admin', '/login', '/docs', '/api/chat/models']) {
    const res = await fetch(`${env.appUrl}${path}`)
    assert.equal(res.status, 200, path)
    const csp = res.headers.get('content-security-policy') ?? ''
    assert.match(csp, /default-src 'self'/, `${path}: ${csp}`)
    assert.match(csp, /frame-ancestors 'none'/, `${path}: ${csp}`)
    assert.equal(res.headers.get('x-frame-options'), 'DENY', path)
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path)
    assert.equal(res.headers.get('referrer-policy'), 'same-origin', path)
  }
})

test('the API docs (Swagger UI) render in the browser without a CSP violation', { timeout: 30_000 }, async () => {
  const { page } = browser
  await page.goto('/docs')
  await page.locator('.swagger-ui .info .title').waitFor({ timeout: 20_000 })
  assert.match(await page.locator('.swagger-ui .info .title').innerText(), /switchboard/i)
  await page.locator('.opblock-tag').first().waitFor()
  assert.ok((await page.locator('.opblock').count()) > 5, 'the operations are listed')
  await screenshot(page, 'docs')
  assert.deepEqual(browser.cspViolations, [])
  assert.deepEqual(browser.browserErrors, [])
})

test('an inline script injected into the app is refused by the policy (the watch works)', async () => {
  const { page } = browser
  await page.goto('/')
  await page.evaluate(() => {
    const s = document.createElement('script')
    s.textContent = 'window.__injected = true'
    document.head.appendChild(s)
  })
  await page.waitForTimeout(200)
  assert.equal(await page.evaluate(() => window.__injected === true), false, 'the inline script did not run')
  assert.ok(browser.cspViolations.length > 0, 'the violation was seen')
  // Expected here: clear it so the after hook does not fail this file.
  browser.cspViolations.length = 0
  browser.browserErrors.length = 0
})
