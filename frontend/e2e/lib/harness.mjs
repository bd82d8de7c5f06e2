// What every test file shares: the app's address (set by run.mjs), Debian's Chromium through
// playwright-core, screenshots, and small helpers for the chat page.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { api } from './app.mjs'

function required(name) {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the tests through run.mjs`)
  return value
}

export const env = {
  appUrl: required('E2E_APP_URL'),
  adminToken: required('E2E_ADMIN_TOKEN'),
  dbPath: required('E2E_DB_PATH'),
  mockUrl: required('E2E_MOCK_URL'),
  screenshots: required('E2E_SCREENSHOTS'),
  chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]

/** A Chromium with a fresh profile; `close()` also removes the profile. */
export async function launchBrowser({ locale = 'en-US', viewport = { width: 1280, height: 800 } } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'switchboard-e2e-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: env.chromium,
    headless: true,
    args: ARGS,
    locale,
    viewport,
    baseURL: env.appUrl,
    timeout: 30_000,
  })
  context.setDefaultTimeout(10_000)
  const page = context.pages()[0] ?? (await context.newPage())
  const browserErrors = []
  const cspViolations = []
  // The app runs under a strict Content-Security-Policy: anything it refuses is a bug (an inline script, a
  // foreign font, ...). Chromium logs each refusal to the console; the init script makes sure every
  // violation also shows up there, whatever the browser's own wording.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`)
    })
  })
  const watch = (p) => {
    p.on('pageerror', (error) => browserErrors.push(String(error)))
    p.on('console', (message) => {
      const text = message.text()
      if (/Content Security Policy|Refused to/i.test(text)) {
        cspViolations.push(`${p.url()}: ${text}`)
        browserErrors.push(`CSP: ${text}`)
      }
    })
  }
  watch(page)
  context.on('page', watch)
  return {
    context,
    page,
    browserErrors,
    cspViolations,
    async close() {
      await context.close().catch(() => {})
      rmSync(profile, { recursive: true, force: true })
      // Fails the test file (its after hook) even when no test looked at browserErrors after the violation.
      if (cspViolations.length) throw new Error(`Content-Security-Policy violations:\n${cspViolations.join('\n')}`)
    },
  }
}

export async function screenshot(page, name) {
  const path = join(env.screenshots, `${name}.png`)
  await page.screenshot({ path })
  return path
}

/** Opens the chat page and picks `model` once the model list has loaded. */
export async function openChat(page, model) {
  await page.goto('/')
  const picker = page.getByTestId('model-picker')
  await picker.locator(`option[value="${model}"]`).waitFor({ state: 'attached' })
  await picker.selectOption(model)
}

export async function send(page, text) {
  await page.getByTestId('composer-input').fill(text)
  await page.getByTestId('send').click()
}

/** The assistant's reply to the latest message. */
export function lastReply(page) {
  return page.getByTestId('message-assistant').last()
}

/** Samples `read()` every `everyMs` until `done()` holds; returns the distinct values seen, in order. */
export async function sampleUntil(read, done, { everyMs = 40, timeoutMs = 15_000 } = {}) {
  const seen = []
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await read()
    if (seen.at(-1) !== value) seen.push(value)
    if (await done()) return seen
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  throw new Error(`timed out after ${timeoutMs} ms; last values: ${JSON.stringify(seen.slice(-3))}`)
}

export const admin = (method, path, body) => api(env.appUrl, method, path, { token: env.adminToken, body })

export async function mockStats() {
  const res = await fetch(`${env.mockUrl}/__stats`)
  return res.json()
}

/**
 * The usage rows of one user: through the admin logs API where the app has it, else straight from the
 * SQLite file with the sqlite3 command-line tool.
 */
export async function usageRowsFor(email) {
  try {
    const page = await admin('GET', `/api/admin/logs?user=${encodeURIComponent(email)}&page=1&size=50`)
    return page.items.map((row) => ({ email: row.username, model: row.model_id, status: row.status }))
  } catch (error) {
    if (error.status !== 404) throw error
  }
  const out = execFileSync(
    'sqlite3',
    ['-readonly', '-separator', '\t', env.dbPath, `SELECT user_email, model_id, status FROM chat_logs WHERE lower(user_email) = lower('${email.replaceAll("'", "''")}')`],
    { encoding: 'utf8' },
  )
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [rowEmail, model, status] = line.split('\t')
      return { email: rowEmail, model, status }
    })
}
