// Lighthouse's accessibility audit (npm lighthouse 12.2.3, driving Debian's Chromium) on the chat page, the
// sign-in page and the admin console (signed in): each must score at least 95; the scores are printed.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { env } from '../lib/harness.mjs'

const MIN_SCORE = 95
/** Each page with what its browser's storage must hold first (the admin console needs a signed-in admin). */
const PAGES = [
  { path: '/', storage: {} },
  { path: '/login', storage: {} },
  { path: '/admin', storage: { 'switchboard.adminToken': env.adminToken } },
]

/** One fresh Chromium per audit: a second run in the same browser opens a background tab that never paints (NO_FCP). */
async function audit({ path, storage }) {
  const chrome = await chromeLauncher.launch({
    chromePath: env.chromium,
    // Simulated throttling never paints the SPA routes in this headless Chromium (NO_FCP): measure as is.
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  try {
    if (Object.keys(storage).length > 0) {
      const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`)
      const page = cdp.contexts()[0].pages()[0] ?? (await cdp.contexts()[0].newPage())
      await page.goto(`${env.appUrl}/`)
      await page.evaluate((items) => Object.entries(items).forEach(([k, v]) => localStorage.setItem(k, v)), storage)
      await page.goto('about:blank')
    }
    const { lhr } = await lighthouse(`${env.appUrl}${path}`, {
      port: chrome.port,
      onlyCategories: ['accessibility'],
      throttlingMethod: 'provided',
      disableStorageReset: true, // keeps the admin's token
      output: 'json',
      logLevel: 'error',
    })
    assert.equal(lhr.runtimeError, undefined, `${path}: ${lhr.runtimeError?.message}`)
    const failing = lhr.categories.accessibility.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'informative')
      .map((a) => `${a.id} (${a.details?.items?.map((i) => i.node?.selector).filter(Boolean).slice(0, 3).join(', ') ?? ''})`)
    return {
      score: Math.round(lhr.categories.accessibility.score * 100),
      landed: new URL(lhr.finalDisplayedUrl).pathname,
      failing,
    }
  } finally {
    await chrome.kill()
  }
}

test(`Lighthouse accessibility is at least ${MIN_SCORE} on ${PAGES.map((p) => p.path).join(', ')}`, { timeout: 240_000 }, async () => {
  const scores = {}
  for (const page of PAGES) {
    const { score, landed, failing } = await audit(page)
    scores[page.path] = score
    console.log(`Lighthouse accessibility ${page.path} (landed on ${landed}): ${score}${failing.length ? ` — failing audits: ${failing.join('; ')}` : ''}`)
  }
  for (const page of PAGES) assert.ok(scores[page.path] >= MIN_SCORE, `accessibility of ${page.path} is ${scores[page.path]}, below ${MIN_SCORE}`)
})
