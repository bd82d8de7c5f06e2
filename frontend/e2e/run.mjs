#!/usr/bin/env node
// Browser end-to-end tests: starts the mock upstream and the real jar, adds one channel per mock model,
// runs tests/*.test.mjs with node's test runner (Playwright driving Debian's Chromium), then stops all.
//
//   node run.mjs [--jar PATH] [--java PATH] [--screenshots DIR] [--work DIR] [--only TEXT]
//
// Defaults: ../../bootstrap/target/switchboard.jar, `java` on the PATH, ../../bootstrap/target/screenshots,
// and a work dir (database, app log) under ../../bootstrap/target/e2e. CHROMIUM_PATH picks the browser
// (default /usr/bin/chromium). --only runs just the test files whose name contains TEXT (while iterating).
// Exits non-zero when a test fails or the set-up does.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { adminToken, api, startApp } from './lib/app.mjs'
import { ECHO_CHANNELS, MODELS, startMockUpstream } from './lib/mock-upstream.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const target = resolve(here, '../../bootstrap/target')
const { values: opts } = parseArgs({
  options: {
    jar: { type: 'string', default: join(target, 'switchboard.jar') },
    java: { type: 'string', default: process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin/java') : 'java' },
    screenshots: { type: 'string', default: join(target, 'screenshots') },
    work: { type: 'string', default: join(target, 'e2e') },
    only: { type: 'string' },
  },
})
// The chat tests take about 50 s, the admin console ones about 40 s and the Lighthouse audits about 40 s on two
// cores; room for a slow CI machine.
const TOTAL_TIMEOUT_MS = 420_000
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

function log(message) {
  console.log(`[e2e] ${message}`)
}

async function main() {
  if (!existsSync(chromium)) {
    console.error(`[e2e] no browser at ${chromium}: install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH`)
    return 1
  }
  mkdirSync(opts.work, { recursive: true })
  mkdirSync(opts.screenshots, { recursive: true })
  // Only this run's screenshots: an old one for a renamed or failed test would mislead.
  for (const f of readdirSync(opts.screenshots)) if (f.endsWith('.png')) rmSync(join(opts.screenshots, f))
  const dataDir = mkdtempSync(join(opts.work, 'data-'))
  const logFile = join(opts.work, 'app.log')
  const cleanups = []
  const cleanup = async () => {
    while (cleanups.length) await cleanups.pop()().catch((e) => console.error(`[e2e] clean-up: ${e.message}`))
  }
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => void cleanup().finally(() => process.exit(130)))
  }

  try {
    const mock = await startMockUpstream()
    cleanups.push(() => mock.close())
    log(`mock upstream on ${mock.url}`)

    const started = Date.now()
    const app = await startApp({ jar: opts.jar, java: opts.java, dataDir, logFile })
    cleanups.push(() => app.stop())
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }))
    log(`app on ${app.url} (healthy after ${Date.now() - started} ms, log ${logFile})`)

    const token = await adminToken(app.url)
    for (const model of Object.values(MODELS)) {
      await api(app.url, 'POST', '/api/admin/channels', {
        token,
        body: { name: `mock ${model}`, base_url: `${mock.url}/v1`, api_key: 'sk-e2e-not-a-real-key', model_id: model },
      })
    }
    for (const channel of Object.values(ECHO_CHANNELS)) {
      await api(app.url, 'POST', '/api/admin/channels', {
        token,
        body: { name: `mock ${channel.model_id}`, base_url: `${mock.url}/v1`, api_key: 'sk-e2e-not-a-real-key', ...channel },
      })
    }
    log(`channels: ${[...Object.values(MODELS), ...Object.values(ECHO_CHANNELS).map((c) => c.model_id)].join(', ')}`)

    const files = readdirSync(join(here, 'tests'))
      .filter((f) => f.endsWith('.test.mjs') && (!opts.only || f.includes(opts.only)))
      .sort()
      .map((f) => join(here, 'tests', f))
    const code = await runTests(files, {
      E2E_APP_URL: app.url,
      E2E_ADMIN_TOKEN: token,
      E2E_DB_PATH: app.dbPath,
      E2E_MOCK_URL: mock.url,
      E2E_SCREENSHOTS: resolve(opts.screenshots),
      CHROMIUM_PATH: chromium,
    }, join(opts.work, 'results.tap'))
    log(`screenshots in ${resolve(opts.screenshots)}`)
    if (code !== 0) log(`app log: ${logFile}\n${tail(logFile, 40)}`)
    return code
  } catch (error) {
    console.error(`[e2e] set-up failed: ${error.stack ?? error}`)
    if (existsSync(logFile)) console.error(tail(logFile, 60))
    return 1
  } finally {
    await cleanup()
  }
}

/** `node --test`, one file at a time (they share the app); its exit code, or 1 on the overall time-out. */
function runTests(files, env, tapFile) {
  rmSync(tapFile, { force: true })
  return new Promise((resolvePromise) => {
    const child = spawn(
      process.execPath,
      [
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tapFile}`,
        ...files,
      ],
      { stdio: 'inherit', env: { ...process.env, ...env, FORCE_COLOR: '0' } },
    )
    const timer = setTimeout(() => {
      console.error(`[e2e] the tests took longer than ${TOTAL_TIMEOUT_MS / 1000} s: stopping them`)
      child.kill('SIGKILL')
    }, TOTAL_TIMEOUT_MS)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : ''
      const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0)
      const failed = count('fail') + count('cancelled')
      const exit = code ?? 1
      console.log(`e2e: ${count('pass')} passed, ${exit !== 0 && failed === 0 ? 1 : failed} failed`)
      resolvePromise(signal ? 1 : exit)
    })
  })
}

function tail(file, lines) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return ''
  }
}

process.exitCode = await main()
