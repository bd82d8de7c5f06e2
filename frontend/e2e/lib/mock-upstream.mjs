// A mock OpenAI-compatible upstream for the browser tests: POST {base}/chat/completions, streamed or not.
// Every model streams its chunks with a delay (so the browser sees the reply grow), then a finish_reason
// chunk, a usage chunk when stream_options.include_usage asks for one, and `data: [DONE]`.
//   e2e-chat      a markdown answer in ~30 chunks, 40 ms apart
//   e2e-reasoner  ~1.5 s of `reasoning_content` deltas, then the answer
//   e2e-think     a leading `<think>…</think>` in the content, then the answer
//   e2e-slow      a long answer, 150 ms a chunk (for stop mid-stream)
//   e2e-echo      "Echo: " and the last user text (so a test can tell which question an answer belongs to)
// Channel health (8-routing): a base URL under /__revoked answers 401 echoing the key until POST /__revoked/heal,
// one under /__overloaded answers 429 with Retry-After: 30.
// GET /__stats tells what it served: requests per model, how many streams the client cut off, and the last
// request per model in short (each message's role, text and number of image_url parts; the temperature).
import { createServer } from 'node:http'

/**
 * Channels that serve e2e-echo under another name, with a channel setting the chat page reacts to: `e2e-eyes`
 * takes images (`vision`), `e2e-small` has a context window so small that the server leaves out older turns.
 */
export const ECHO_CHANNELS = {
  eyes: { model_id: 'e2e-eyes', upstream_model: 'e2e-echo', vision: true },
  small: { model_id: 'e2e-small', upstream_model: 'e2e-echo', context_window: 24 },
}

export const MODELS = {
  chat: 'e2e-chat',
  reasoner: 'e2e-reasoner',
  think: 'e2e-think',
  slow: 'e2e-slow',
  echo: 'e2e-echo',
}

export const ANSWER =
  'Streaming works. Here is a short list:\n\n- first item\n- second item\n\nAnd a bit of `inline code` to finish the answer nicely.'
export const REASONING =
  'The user asks for a greeting. I should think about it step by step, keep the answer short, and check the wording twice before replying.'
export const THINK_REASONING = 'Weighing the question inside think tags before answering.'
const SLOW_ANSWER = Array.from({ length: 120 }, (_, i) => `Sentence number ${i + 1} of a very long answer.`).join(' ')

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Splits text into chunks of a few characters, as a tokenizer would. */
function pieces(text, size = 5) {
  const out = []
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size))
  return out
}

/** A message's text and how many image_url parts it has (content is a string or an array of parts). */
function summarise(message) {
  const parts = Array.isArray(message.content) ? message.content : [{ type: 'text', text: String(message.content ?? '') }]
  return {
    role: message.role,
    text: parts.filter((p) => p.type === 'text').map((p) => p.text).join(''),
    images: parts.filter((p) => p.type === 'image_url' && String(p.image_url?.url ?? '').startsWith('data:image/')).length,
  }
}

function plan(model, body) {
  switch (model) {
    case MODELS.echo: {
      const last = (body.messages ?? []).filter((m) => m.role === 'user').at(-1)
      return answer(`Echo: ${last ? summarise(last).text : ''}`, 20)
    }
    case MODELS.reasoner:
      return [...pieces(REASONING, 6).map((t) => ({ delta: { reasoning_content: t }, wait: 50 })), ...answer(ANSWER, 40)]
    case MODELS.think:
      return [
        ...pieces(`<think>${THINK_REASONING}</think>\n\n`, 6).map((t) => ({ delta: { content: t }, wait: 50 })),
        ...answer(ANSWER, 40),
      ]
    case MODELS.slow:
      return answer(SLOW_ANSWER, 150, 8)
    default:
      return answer(ANSWER, 40)
  }
}

function answer(text, wait, size = 5) {
  return pieces(text, size).map((t) => ({ delta: { content: t }, wait }))
}

export async function startMockUpstream({ port = 0, host = '127.0.0.1' } = {}) {
  const stats = { requests: {}, cutOff: 0, completed: 0, lastRequest: {} }
  let revoked = true

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://mock')
    if (req.method === 'GET' && url.pathname === '/__stats') {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      return res.end(JSON.stringify(stats))
    }
    if (req.method === 'POST' && url.pathname === '/__revoked/heal') {
      revoked = false
      res.writeHead(204)
      return res.end()
    }
    if (url.pathname.startsWith('/__revoked/') && revoked) {
      res.writeHead(401, { 'Content-Type': 'application/json' })
      const message = `Incorrect API key provided: ${String(req.headers.authorization ?? '').replace('Bearer ', '')}`
      return res.end(JSON.stringify({ error: { message, type: 'invalid_request_error', code: 'invalid_api_key' } }))
    }
    if (url.pathname.startsWith('/__overloaded/')) {
      res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '30' })
      return res.end(JSON.stringify({ error: { message: 'overloaded, try again later', type: 'rate_limit_error' } }))
    }
    if (req.method === 'GET' && url.pathname.endsWith('/models')) {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      const data = Object.values(MODELS).map((id) => ({ id, object: 'model', owned_by: 'e2e' }))
      return res.end(JSON.stringify({ object: 'list', data }))
    }
    if (req.method !== 'POST' || !url.pathname.endsWith('/chat/completions')) {
      res.writeHead(404, { 'Content-Type': 'application/json' })
      return res.end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }))
    }
    let raw = ''
    for await (const chunk of req) raw += chunk
    let body
    try {
      body = JSON.parse(raw)
    } catch {
      res.writeHead(400, { 'Content-Type': 'application/json' })
      return res.end(JSON.stringify({ error: { message: 'bad json', type: 'invalid_request_error' } }))
    }
    const model = String(body.model ?? '')
    stats.requests[model] = (stats.requests[model] ?? 0) + 1
    stats.lastRequest[model] = { messages: (body.messages ?? []).map(summarise), temperature: body.temperature ?? null }
    const steps = plan(model, body)
    const id = `chatcmpl-e2e-${Date.now().toString(36)}`
    const created = Math.floor(Date.now() / 1000)
    const promptTokens = 12
    const completionTokens = steps.length

    if (!body.stream) {
      const content = steps.map((s) => s.delta.content ?? '').join('')
      const reasoning = steps.map((s) => s.delta.reasoning_content ?? '').join('')
      res.writeHead(200, { 'Content-Type': 'application/json' })
      return res.end(
        JSON.stringify({
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [{ index: 0, message: { role: 'assistant', content, ...(reasoning && { reasoning_content: reasoning }) }, finish_reason: 'stop' }],
          usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
        }),
      )
    }

    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' })
    let closed = false
    res.on('close', () => {
      if (!res.writableFinished) {
        closed = true
        stats.cutOff += 1
      }
    })
    const chunk = (delta, finishReason = null) =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`

    res.write(chunk({ role: 'assistant', content: '' }))
    for (const step of steps) {
      await sleep(step.wait)
      if (closed) return
      res.write(chunk(step.delta))
    }
    if (closed) return
    res.write(chunk({}, 'stop'))
    if (body.stream_options?.include_usage) {
      res.write(
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens } })}\n\n`,
      )
    }
    res.end('data: [DONE]\n\n')
    stats.completed += 1
  })

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address()
  return {
    url: `http://${host}:${address.port}`,
    stats,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}
