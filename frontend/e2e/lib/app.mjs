// Starts the real jar on a free port with a fresh database, waits for /health, and stops it again.
import { spawn } from 'node:child_process'
import { existsSync, openSync, closeSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'

export const ADMIN = { username: 'e2e-admin', password: 'e2e-admin-password' }

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Starts `java -jar` and resolves once /health answers 200. Rejects (after stopping the process) when it
 * exits early or is not healthy within `startTimeoutMs`. The log goes to `logFile`.
 */
export async function startApp({ jar, java = 'java', dataDir, logFile, env = {}, startTimeoutMs = 90_000 }) {
  if (!existsSync(jar)) throw new Error(`jar not found: ${jar} (build it first: ./mvnw -DskipTests package)`)
  const port = await freePort()
  const args = ['-XX:TieredStopAtLevel=1']
  // The build's class-data-sharing archive, when present, halves start-up.
  const jsa = join(dirname(jar), 'switchboard.jsa')
  if (existsSync(jsa)) args.push(`-XX:SharedArchiveFile=${jsa}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off')
  args.push('-jar', jar)
  const fd = openSync(logFile, 'w')
  const child = spawn(java, args, {
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      APP_PORT: String(port),
      DATABASE_PATH: join(dataDir, 'chat.db'),
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      GUEST_RPM: '1000',
      USER_RPM: '1000',
      ...env,
    },
  })
  closeSync(fd)
  let exited = null
  child.on('exit', (code, signal) => (exited = { code, signal }))

  const url = `http://127.0.0.1:${port}`
  const app = {
    url,
    port,
    dbPath: join(dataDir, 'chat.db'),
    child,
    async stop() {
      if (exited) return
      const gone = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await gone
      clearTimeout(timer)
    },
  }

  const deadline = Date.now() + startTimeoutMs
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the app exited during start-up (${JSON.stringify(exited)}); see ${logFile}`)
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) })
      if (res.ok) return app
    } catch {
      // not listening yet
    }
    await sleep(200)
  }
  await app.stop()
  throw new Error(`the app was not healthy within ${startTimeoutMs} ms; see ${logFile}`)
}

/** JSON over HTTP against the app; throws with the body on a non-2xx answer. */
export async function api(baseUrl, method, path, { token, body } = {}) {
  const res = await fetch(baseUrl + path, {
    method,
    headers: {
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
      ...(token && { Authorization: `Bearer ${token}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) {
    const error = new Error(`${method} ${path} -> ${res.status}: ${text}`)
    error.status = res.status
    throw error
  }
  return text ? JSON.parse(text) : null
}

export async function adminToken(baseUrl) {
  const { access_token: token } = await api(baseUrl, 'POST', '/api/auth/admin/login', { body: ADMIN })
  return token
}
