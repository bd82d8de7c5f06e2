// Lighthouse's accessibility audit (npm lighthouse 12.2.3, driving Debian's Chromium) on the chat page, the
// sign-in page and the admin console (signed in): each must score at least 95; the scores are printed.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { env } from '../lib/harness.mjs'

const PAGES = ['/', '/login', '/admin']
const MIN_SCORE = 95

test(`Lighthouse accessibility is at least ${MIN_SCORE} on ${PAGES.join(', ')}`, { timeout: 180_000 }, async () => {
  const chrome = await chromeLauncher.launch({
    chromePath: env.chromium,
    // Simulated throttling never paints the SPA routes in this headless Chromium (NO_FCP): measure as is.
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  const scores = {}
  try {
    // The admin console needs a signed-in admin: its token goes into this browser's storage, which
    // Lighthouse is told to leave alone.
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`)
    const setup = await cdp.contexts()[0].newPage()
    await setup.goto(`${env.appUrl}/`)
    await setup.evaluate((token) => localStorage.setItem('switchboard.adminToken', token), env.adminToken)
    await setup.close()

    for (const path of PAGES) {
      const result = await lighthouse(`${env.appUrl}${path}`, {
        port: chrome.port,
        onlyCategories: ['accessibility'],
        throttlingMethod: 'provided',
        disableStorageReset: true,
        output: 'json',
        logLevel: 'error',
      })
      const { lhr } = result
      assert.equal(lhr.runtimeError, undefined, `${path}: ${lhr.runtimeError?.message}`)
      const score = Math.round(lhr.categories.accessibility.score * 100)
      scores[path] = score
      const failing = lhr.categories.accessibility.auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'notApplicable')
        .map((audit) => `${audit.id} (${audit.details?.items?.map((i) => i.node?.selector).filter(Boolean).slice(0, 3).join(', ') ?? ''})`)
      console.log(`Lighthouse accessibility ${path} (landed on ${new URL(lhr.finalDisplayedUrl).pathname}): ${score}${failing.length ? ` — below 1: ${failing.join('; ')}` : ''}`)
    }
  } finally {
    await chrome.kill()
  }
  for (const path of PAGES) assert.ok(scores[path] >= MIN_SCORE, `accessibility of ${path} is ${scores[path]}, below ${MIN_SCORE}`)
})
