// The admin endpoints of the stand-in backend (SPEC §4, §7), with in-memory, made-up but consistent data.
const BOOT = Date.now().toString(36)
const ADMIN = { username: 'admin', password: 'admin' }
const DAY = 86_400_000

let nextId = 100
const now = () => new Date()
const iso = (date) => date.toISOString()
const mask = (key) => (key.length > 8 ? `${key.slice(0, 3)}…${key.slice(-4)}` : '…')

const channels = [
  channel('OpenAI main', 'https://api.openai.com/v1', 'sk-proj-0123456789a1b2', 'gpt-4o-mini', 60, true),
  channel('DeepSeek', 'https://api.deepseek.com/v1', 'sk-9f8e7d6c5b4a3c2d', 'deepseek-reasoner', 30, true),
  channel('OpenRouter Claude', 'https://openrouter.ai/api/v1', 'sk-or-v1-abcdef1234', 'anthropic/claude-3.5-sonnet', 20, true),
  channel('Local Ollama (fail)', 'http://localhost:11434/fail/v1', 'ollama-local-key', 'qwen2.5:7b', 120, false),
]
let config = { guest_rpm: 10, user_rpm: 60, log_retention_days: 90, currency: 'USD', user_monthly_token_quota: null, guest_daily_token_quota: null }
// Prices per million tokens of the first three channels (SPEC §14), as BigDecimal strings like the server's.
const PRICES = [['0.15', '0.60', '0.075'], ['0.55', '2.19', '0.14'], ['3.00', '15.00', null]]
channels.slice(0, 3).forEach((c, i) => Object.assign(c, { input_price: PRICES[i][0], output_price: PRICES[i][1], cached_input_price: PRICES[i][2] }))
const groups = [
  { id: nextId++, name: 'class-3', rpm: 20, allowed_models: ['gpt-4o-mini', 'deepseek-reasoner'], monthly_token_quota: 20_000_000, monthly_cost_quota: null, member_monthly_token_quota: 200_000, member_monthly_cost_quota: null },
  { id: nextId++, name: 'research', rpm: null, allowed_models: [], monthly_token_quota: null, monthly_cost_quota: '500.00', member_monthly_token_quota: null, member_monthly_cost_quota: '50.00' },
]
const GROUP_FIELDS = ['name', 'rpm', 'allowed_models', 'monthly_token_quota', 'monthly_cost_quota', 'member_monthly_token_quota', 'member_monthly_cost_quota']
const blocked = [
  { id: nextId++, ip_address: '203.0.113.0/24', reason: 'Scraper range', created_at: iso(new Date(Date.now() - 3 * DAY)) },
  { id: nextId++, ip_address: '2001:db8:dead::/48', reason: null, created_at: iso(new Date(Date.now() - DAY)) },
  { id: nextId++, ip_address: '198.51.100.23', reason: 'Abuse report #1432', created_at: iso(new Date(Date.now() - 3600_000)) },
]
const users = ['ann@example.com', 'bo.li@example.cn', 'carla@school.edu', 'dev@company.io', null, null, null]
const statuses = ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'upstream_error', 'cancelled', 'no_capacity']
let seed = 7
const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
const pick = (list) => list[Math.floor(rand() * list.length)]

const logs = Array.from({ length: 260 }, (_, i) => {
  const c = pick(channels.slice(0, 3))
  const user = pick(users)
  const status = pick(statuses)
  const prompt = 20 + Math.floor(rand() * 900)
  const completion = status === 'ok' ? Math.floor(rand() * 1500) : 0
  const cached = Math.floor(prompt * rand() * 0.5)
  const [inPrice, outPrice, cachedPrice] = PRICES[channels.indexOf(c)] ?? []
  const cost = ((prompt - cached) * Number(inPrice) + cached * Number(cachedPrice ?? inPrice) + completion * Number(outPrice)) / 1e6
  return {
    id: 260 - i,
    created_at: iso(new Date(Date.now() - Math.floor(rand() * 12 * DAY))),
    ip_address: user ? `10.0.${Math.floor(rand() * 4)}.${Math.floor(rand() * 50)}` : pick(['192.0.2.10', '192.0.2.77', '2001:db8::5']),
    user_id: user ? users.indexOf(user) + 1 : null,
    username: user,
    model_id: c.model_id,
    channel_id: c.id,
    channel_name: c.name,
    prompt_tokens: prompt,
    completion_tokens: completion,
    cached_tokens: cached,
    reasoning_tokens: c.model_id.includes('reasoner') ? Math.floor(completion / 3) : 0,
    cost: cost.toFixed(8),
    ...(user && rand() < 0.3 ? { api_key_id: 7, api_key_name: 'laptop' } : { api_key_id: null, api_key_name: null }),
    endpoint: pick(['chat', 'chat', 'chat', 'messages', 'responses']),
    group: user && users.indexOf(user) < 2 ? 'class-3' : null,
    status,
    latency_ms: 200 + Math.floor(rand() * 4000),
  }
}).sort((a, b) => b.created_at.localeCompare(a.created_at))

const ATTEMPT_RULES = { '203.0.113.9': '203.0.113.0/24', '203.0.113.200': '203.0.113.0/24', '198.51.100.23': '198.51.100.23', '2001:db8:dead::1': '2001:db8:dead::/48' }
const attempts = Array.from({ length: 47 }, (_, i) => {
  const ip = pick(Object.keys(ATTEMPT_RULES))
  const path = pick(['/', '/api/chat/completions', '/v1/chat/completions', '/api/auth/login'])
  return { id: 47 - i, ip_address: ip, path, rule: ATTEMPT_RULES[ip], created_at: iso(new Date(Date.now() - i * 1_700_000)) }
})

function channel(name, base_url, key, model_id, rpm_limit, is_enabled) {
  const at = iso(new Date(Date.now() - 20 * DAY))
  return { id: nextId++, name, base_url, key, model_id, rpm_limit, is_enabled, created_at: at, updated_at: at }
}

function channelOut(c) {
  const { key, ...rest } = c
  return { ...rest, api_key: mask(key), calls_last_minute: c.is_enabled ? Math.floor(rand() * (c.rpm_limit * 1.05)) : 0 }
}

function checkChannel(body, creating) {
  const problems = []
  if (creating || body.name !== undefined) if (!String(body.name ?? '').trim()) problems.push('name must not be empty')
  if (creating || body.model_id !== undefined) if (!String(body.model_id ?? '').trim()) problems.push('model_id must not be empty')
  if (creating || body.base_url !== undefined) if (!/^https?:\/\/[^/?#\s]+[^?#\s]*$/i.test(String(body.base_url ?? ''))) problems.push('base_url must be an absolute http(s) URL')
  if (creating && !String(body.api_key ?? '').trim()) problems.push('api_key must not be empty')
  if (creating || body.rpm_limit !== undefined) {
    const rpm = body.rpm_limit ?? 60
    if (!Number.isInteger(rpm) || rpm < 1 || rpm > 100000) problems.push('rpm_limit must be between 1 and 100000')
  }
  for (const key of ['input_price', 'output_price', 'cached_input_price']) {
    if (body[key] !== undefined && body[key] !== null && !(typeof body[key] === 'number' && body[key] >= 0)) problems.push(`${key} must be a number of at least 0, or null`)
  }
  return problems[0]
}

function filterLogs(q) {
  const start = q.get('start') ? Date.parse(q.get('start')) : -Infinity
  const end = q.get('end') ? Date.parse(q.get('end')) : Infinity
  const user = (q.get('user') ?? '').toLowerCase()
  const ip = q.get('ip') ?? ''
  const model = q.get('model') ?? ''
  const status = q.get('status') ?? ''
  const channel = q.get('channel') ?? ''
  const apiKey = (q.get('api_key') ?? '').toLowerCase()
  const group = groups.find((g) => String(g.id) === q.get('group'))?.name ?? (q.get('group') ? '\u0000' : '')
  return logs.filter((l) => {
    const at = Date.parse(l.created_at)
    return at >= start && at <= end
      && (!user || (l.username ?? '').toLowerCase().includes(user))
      && (!ip || l.ip_address === ip || l.ip_address.startsWith(ip))
      && (!model || l.model_id === model)
      && (!status || l.status === status)
      && (!channel || String(l.channel_id) === channel)
      && (!apiKey || (l.api_key_name ?? '').toLowerCase().includes(apiKey))
      && (!group || l.group === group)
  })
}

function paged(list, q) {
  const page = Math.max(1, Number(q.get('page') ?? 1) || 1)
  const size = Math.min(200, Math.max(1, Number(q.get('size') ?? 20) || 20))
  return { items: list.slice((page - 1) * size, page * size), total: list.length, page, size }
}

function stats() {
  const today = new Date(); today.setHours(0, 0, 0, 0)
  const week = new Date(today); week.setDate(today.getDate() - ((today.getDay() + 6) % 7))
  const month = new Date(today.getFullYear(), today.getMonth(), 1)
  const since = (from) => logs.filter((l) => Date.parse(l.created_at) >= from.getTime())
  const count = (from) => since(from).length
  const tokens = (from) => {
    const rows = since(from)
    const prompt = rows.reduce((s, l) => s + l.prompt_tokens, 0)
    const completion = rows.reduce((s, l) => s + l.completion_tokens, 0)
    return { prompt, completion, total: prompt + completion }
  }
  const distinct = (from, key) => new Set(since(from).filter((l) => (key === 'user' ? l.username : !l.username)).map((l) => (key === 'user' ? l.username : l.ip_address))).size
  const costOf = (rows) => rows.reduce((sum, l) => sum + Number(l.cost), 0).toFixed(8)
  const share = new Map()
  for (const l of since(month)) share.set(l.model_id, [...(share.get(l.model_id) ?? []), l])
  const perUser = new Map()
  for (const l of since(month).filter((x) => x.username)) perUser.set(l.username, [...(perUser.get(l.username) ?? []), l])
  const topUsers = [...perUser].map(([user, rows]) => ({ user, calls: rows.length, tokens: rows.reduce((n, l) => n + l.prompt_tokens + l.completion_tokens, 0), cost: costOf(rows) }))
    .sort((a, b) => b.tokens - a.tokens).slice(0, 10)
  const trend = Array.from({ length: 7 }, (_, i) => {
    const from = new Date(today); from.setDate(today.getDate() - (6 - i))
    const to = new Date(from); to.setDate(from.getDate() + 1)
    const rows = logs.filter((l) => { const at = Date.parse(l.created_at); return at >= from.getTime() && at < to.getTime() })
    const pad = (n) => String(n).padStart(2, '0')
    return { date: `${from.getFullYear()}-${pad(from.getMonth() + 1)}-${pad(from.getDate())}`, calls: rows.length, tokens: rows.reduce((s, l) => s + l.prompt_tokens + l.completion_tokens, 0), cost: costOf(rows) }
  })
  return {
    calls: { today: count(today), week: count(week), month: count(month) },
    tokens: { today: tokens(today), week: tokens(week), month: tokens(month) },
    model_share: [...share].map(([model, rows]) => ({ model, calls: rows.length, cost: costOf(rows) })),
    cost: { today: costOf(since(today)), week: costOf(since(week)), month: costOf(since(month)) },
    top_users: topUsers,
    trend,
    active_users: { today: distinct(today, 'user'), week: distinct(week, 'user'), month: distinct(month, 'user') },
    active_guests: { today: distinct(today, 'guest'), week: distinct(week, 'guest'), month: distinct(month, 'guest') },
  }
}

function csvCell(value) {
  const text = value === null || value === undefined ? '' : String(value)
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export async function handleAdmin(req, res, url, { json, envelope, readBody, sleep, isIP }) {
  const { method } = req
  const path = url.pathname
  if (method === 'POST' && path === '/api/auth/admin/login') {
    const { username, password } = await readBody(req)
    if (username !== ADMIN.username || password !== ADMIN.password) return json(res, 401, envelope('unauthorized', '用户名或密码错误'))
    return json(res, 200, { access_token: `mock-admin.${BOOT}`, token_type: 'bearer', expires_in: 86400, role: 'admin' })
  }
  if ((req.headers.authorization ?? '') !== `Bearer mock-admin.${BOOT}`) return json(res, 401, envelope('unauthorized', '登录已过期'))
  if (method === 'GET' && path === '/api/auth/me') return json(res, 200, { id: 1, role: 'admin', username: ADMIN.username, email: null })

  if (path === '/api/admin/stats' && method === 'GET') {
    if (process.env.MOCK_NO_STATS) return json(res, 404, envelope('not_found', 'Not found'))
    await sleep(200)
    return json(res, 200, stats())
  }

  if (path === '/api/admin/channels') {
    if (method === 'GET') return json(res, 200, channels.map(channelOut))
    if (method === 'POST') {
      const body = await readBody(req)
      const problem = checkChannel(body, true)
      if (problem) return json(res, 400, envelope('invalid_request', problem))
      if (channels.some((c) => c.name === body.name.trim())) return json(res, 409, envelope('conflict', `a channel named ${body.name.trim()} already exists`))
      const c = channel(body.name.trim(), body.base_url.replace(/\/+$/, ''), body.api_key, body.model_id.trim(), body.rpm_limit ?? 60, body.is_enabled ?? true)
      for (const key of ['input_price', 'output_price', 'cached_input_price']) c[key] = body[key] ?? null
      channels.push(c)
      return json(res, 201, channelOut(c))
    }
  }
  const channelMatch = /^\/api\/admin\/channels\/(\d+)(\/test)?$/.exec(path)
  if (channelMatch) {
    const c = channels.find((x) => x.id === Number(channelMatch[1]))
    if (!c) return json(res, 404, envelope('not_found', 'channel not found'))
    if (channelMatch[2] && method === 'POST') {
      await sleep(300 + Math.floor(Math.random() * 600))
      if (c.base_url.includes('fail')) return json(res, 200, { ok: false, latency_ms: null, error: 'upstream answered 401 Unauthorized: invalid api key' })
      return json(res, 200, { ok: true, latency_ms: 180 + Math.floor(Math.random() * 700), error: null })
    }
    if (method === 'PUT') {
      const body = await readBody(req)
      const problem = checkChannel(body, false)
      if (problem) return json(res, 400, envelope('invalid_request', problem))
      for (const key of ['name', 'base_url', 'model_id', 'rpm_limit', 'is_enabled', 'input_price', 'output_price', 'cached_input_price']) if (body[key] !== undefined) c[key] = body[key]
      if (body.api_key) c.key = body.api_key
      c.updated_at = iso(now())
      return json(res, 200, channelOut(c))
    }
    if (method === 'DELETE') {
      channels.splice(channels.indexOf(c), 1)
      res.writeHead(204).end()
      return
    }
  }

  if (path === '/api/admin/config') {
    if (method === 'GET') return json(res, 200, config)
    if (method === 'PUT') {
      const body = await readBody(req)
      // Like the server: settings left out of the body keep their values.
      const limits = { guest_rpm: 100000, user_rpm: 100000, log_retention_days: 3650 }
      for (const [key, max] of Object.entries(limits)) {
        if (body[key] !== undefined && (!Number.isInteger(body[key]) || body[key] < 1 || body[key] > max)) return json(res, 400, envelope('invalid_request', `${key} must be between 1 and ${max}`))
      }
      for (const key of ['user_monthly_token_quota', 'guest_daily_token_quota']) {
        if (body[key] !== undefined && body[key] !== null && !(Number.isInteger(body[key]) && body[key] >= 0)) return json(res, 400, envelope('invalid_request', `${key} must be a whole number of at least 0, or null`))
      }
      if (body.currency !== undefined && !String(body.currency).trim()) return json(res, 400, envelope('invalid_request', 'currency must not be empty'))
      config = { ...config, ...body }
      await sleep(250)
      return json(res, 200, config)
    }
  }

  if (path === '/api/admin/groups') {
    if (method === 'GET') return json(res, 200, groups) // a plain array; the UI also takes a page
    if (method === 'POST') {
      const body = await readBody(req)
      if (!String(body.name ?? '').trim()) return json(res, 400, envelope('invalid_request', 'name must not be empty'))
      if (groups.some((g) => g.name === body.name.trim())) return json(res, 409, envelope('conflict', `a group named ${body.name.trim()} already exists`))
      const group = { id: nextId++, ...Object.fromEntries(GROUP_FIELDS.map((k) => [k, body[k] ?? (k === 'allowed_models' ? [] : null)])), name: body.name.trim() }
      groups.push(group)
      return json(res, 201, group)
    }
  }
  const groupMatch = /^\/api\/admin\/groups\/(\d+)$/.exec(path)
  if (groupMatch) {
    const group = groups.find((g) => g.id === Number(groupMatch[1]))
    if (!group) return json(res, 404, envelope('not_found', 'group not found'))
    if (method === 'PUT') {
      const body = await readBody(req)
      for (const key of GROUP_FIELDS) if (body[key] !== undefined) group[key] = body[key]
      return json(res, 200, group)
    }
    if (method === 'DELETE') {
      groups.splice(groups.indexOf(group), 1)
      res.writeHead(204).end()
      return
    }
  }

  if (path === '/api/admin/blocked-ips') {
    if (method === 'GET') return json(res, 200, blocked) // a plain array; the UI also takes a page
    if (method === 'POST') {
      const body = await readBody(req)
      const [address, prefix, extra] = String(body.ip_address ?? '').trim().split('/')
      const family = isIP(address ?? '')
      const max = family === 4 ? 32 : 128
      if (!family || extra !== undefined || (prefix !== undefined && !(/^\d+$/.test(prefix) && Number(prefix) <= max))) {
        return json(res, 400, envelope('invalid_request', 'ip_address must be an IPv4 or IPv6 address or CIDR range'))
      }
      if (blocked.some((b) => b.ip_address === body.ip_address.trim())) return json(res, 409, envelope('conflict', 'this address is already blocked'))
      const entry = { id: nextId++, ip_address: body.ip_address.trim(), reason: body.reason ?? null, created_at: iso(now()) }
      blocked.push(entry)
      return json(res, 201, entry)
    }
  }
  if (path === '/api/admin/blocked-ips/attempts' && method === 'GET') return json(res, 200, paged(attempts, url.searchParams))
  const ipMatch = /^\/api\/admin\/blocked-ips\/(\d+)$/.exec(path)
  if (ipMatch && method === 'DELETE') {
    const index = blocked.findIndex((b) => b.id === Number(ipMatch[1]))
    if (index < 0) return json(res, 404, envelope('not_found', 'blocked ip not found'))
    blocked.splice(index, 1)
    res.writeHead(204).end()
    return
  }

  if (path === '/api/admin/logs' && method === 'GET') {
    await sleep(150)
    return json(res, 200, paged(filterLogs(url.searchParams), url.searchParams))
  }
  if (path === '/api/admin/logs/export' && method === 'GET') {
    const columns = ['id', 'created_at', 'ip_address', 'user_id', 'username', 'model_id', 'channel_id', 'channel_name', 'prompt_tokens', 'completion_tokens', 'status', 'latency_ms', 'cached_tokens', 'reasoning_tokens', 'cost', 'api_key_id', 'api_key_name', 'endpoint', 'group']
    const rows = filterLogs(url.searchParams).map((l) => columns.map((c) => csvCell(l[c])).join(','))
    const stamp = iso(now()).slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
    res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="usage-logs-${stamp}.csv"` })
    res.end([columns.join(','), ...rows].join('\n') + '\n')
    return
  }
  return json(res, 404, envelope('not_found', 'Not found'))
}
