// A stand-in backend for frontend work without the Java service: `npm run mock`, then `npm run dev`.
// Models: "demo" streams markdown, "reasoner" streams reasoning_content, "think-tags" a <think> block.
// Messages: "429" → rate limit, "quota" → monthly quota used up, "502" → upstream error, "midfail" → an error
// event mid-stream. Signed in, GET /api/me/usage counts the chats against a small made-up allowance.
// Admin console: sign in as admin / admin (tokens die when the mock restarts, to try the expiry path);
// MOCK_NO_STATS=1 answers /api/admin/stats with 404. Channels whose base URL contains "fail" fail their test.
import { createServer } from 'node:http'
import { isIP } from 'node:net'
import { handleAdmin } from './mock-admin.mjs'

const PORT = Number(process.env.MOCK_PORT ?? 8000)
const users = new Map()
let usedTokens = 360
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function json(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

const envelope = (type, message, extra = {}) => ({ error: { type, message, ...extra } })

async function readBody(req) {
  let raw = ''
  for await (const chunk of req) raw += chunk
  try {
    return JSON.parse(raw || '{}')
  } catch {
    return {}
  }
}

function tokens(text) {
  return text.match(/.{1,4}/gsu) ?? []
}

async function stream(res, model, prompt) {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' })
  const send = (delta) => res.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta }] })}\r\n\r\n`)
  const answer = `You said **${prompt.slice(0, 60)}**. Here is some code:\n\n\`\`\`python\ndef greet(name):\n    return f"Hello, {name}!"\n\`\`\`\n\n- one\n- two\n\nDone.`
  if (model === 'reasoner') {
    for (const t of tokens('The user wants a greeting. I should answer briefly, show a short example in Python, and keep the list tidy. Let me also double-check the syntax of the f-string before answering.')) {
      send({ reasoning_content: t })
      await sleep(60)
    }
  }
  if (model === 'think-tags') {
    for (const t of tokens('<think>Considering the question carefully…</think>\n\n')) {
      send({ content: t })
      await sleep(40)
    }
  }
  let i = 0
  for (const t of tokens(answer)) {
    if (res.destroyed) return
    if (prompt === 'midfail' && i++ === 10) {
      res.end(`data: ${JSON.stringify(envelope('upstream_error', '上游渠道暂时不可用，请稍后再试'))}\n\n`)
      return
    }
    send({ content: t })
    await sleep(30)
  }
  res.end('data: [DONE]\n\n')
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost')
  const auth = req.headers.authorization ?? ''
  if (url.pathname === '/api/auth/admin/login' || url.pathname.startsWith('/api/admin/') || (url.pathname === '/api/auth/me' && auth.startsWith('Bearer mock-admin.'))) {
    return handleAdmin(req, res, url, { json, envelope, readBody, sleep, isIP })
  }
  if (req.method === 'GET' && url.pathname === '/api/chat/models') {
    return json(res, 200, [
      { id: 'demo', name: 'Demo' },
      { id: 'reasoner', name: 'Reasoner R1' },
      { id: 'think-tags', name: 'Think tags' },
    ])
  }
  if (req.method === 'POST' && url.pathname === '/api/chat/completions') {
    const body = await readBody(req)
    const prompt = body.messages?.at(-1)?.content ?? ''
    if (prompt === '429') {
      return json(res, 429, envelope('rate_limit_exceeded', '您超过当前使用限制，请稍后再试', { retry_after: 12 }), { 'Retry-After': '12' })
    }
    if (prompt === 'quota') {
      const reset = new Date(); reset.setMonth(reset.getMonth() + 1, 1); reset.setHours(0, 0, 0, 0)
      return json(res, 429, envelope('quota_exceeded', '本月额度已用完', { reset_at: reset.toISOString() }))
    }
    if (auth.startsWith('Bearer mock.')) usedTokens += 120
    if (prompt === '502') return json(res, 502, envelope('upstream_error', '上游渠道暂时不可用，请稍后再试'))
    return stream(res, body.model, prompt)
  }
  if (req.method === 'POST' && url.pathname === '/api/auth/register') {
    const { email, password } = await readBody(req)
    const key = String(email ?? '').trim().toLowerCase()
    if (users.has(key)) return json(res, 409, envelope('invalid_request', '该邮箱已注册'))
    users.set(key, password)
    return json(res, 201, { message: '注册成功' })
  }
  if (req.method === 'POST' && url.pathname === '/api/auth/login') {
    const { email, password } = await readBody(req)
    const key = String(email ?? '').trim().toLowerCase()
    if (users.get(key) !== password) return json(res, 401, envelope('unauthorized', '邮箱或密码错误'))
    return json(res, 200, { access_token: `mock.${Buffer.from(key).toString('base64url')}`, token_type: 'bearer' })
  }
  if (req.method === 'GET' && url.pathname === '/api/me/usage') {
    if (!auth.startsWith('Bearer mock.')) return json(res, 401, envelope('unauthorized', '未登录'))
    const now = new Date()
    const start = new Date(now.getFullYear(), now.getMonth(), 1)
    const end = new Date(now.getFullYear(), now.getMonth() + 1, 1)
    const quota = 2000
    return json(res, 200, {
      period: { start: start.toISOString(), end: end.toISOString() },
      calls: usedTokens / 120, tokens: usedTokens, cost: (usedTokens * 0.000002).toFixed(8),
      quota: { tokens: quota, cost: null }, remaining: { tokens: Math.max(0, quota - usedTokens), cost: null },
    })
  }
  if (req.method === 'GET' && url.pathname === '/api/auth/me') {
    if (!auth.startsWith('Bearer mock.')) return json(res, 401, envelope('unauthorized', '未登录'))
    return json(res, 200, { id: 1, email: Buffer.from(auth.slice(12), 'base64url').toString(), role: 'user' })
  }
  return json(res, 404, envelope('not_found', 'Not found'))
}).listen(PORT, '127.0.0.1', () => console.log(`mock backend on http://127.0.0.1:${PORT}`))
