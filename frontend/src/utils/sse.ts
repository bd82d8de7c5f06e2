/** Incremental Server-Sent Events parser: feed it decoded text chunks, get complete events back. */

export interface SseEvent {
  event: string
  data: string
  id?: string
}

export interface SseParser {
  /** Adds a chunk (any size, may cut a line or a CRLF in half) and returns the events it completed. */
  push(chunk: string): SseEvent[]
  /** Ends the stream: returns the last event if the stream did not end with a blank line. */
  flush(): SseEvent[]
}

export function createSseParser(): SseParser {
  let buffer = ''
  let dataLines: string[] = []
  let eventName = ''
  let lastId: string | undefined
  // A chunk ending in '\r' may be the first half of a CRLF: the '\n' of the next chunk is then skipped.
  let skipLeadingLf = false

  function dispatch(out: SseEvent[]): void {
    if (dataLines.length > 0) {
      const ev: SseEvent = { event: eventName || 'message', data: dataLines.join('\n') }
      if (lastId !== undefined) ev.id = lastId
      out.push(ev)
    }
    dataLines = []
    eventName = ''
  }

  function processLine(line: string, out: SseEvent[]): void {
    if (line === '') return dispatch(out)
    if (line.startsWith(':')) return // comment / keep-alive
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'data') dataLines.push(value)
    else if (field === 'event') eventName = value
    else if (field === 'id') lastId = value
  }

  function push(chunk: string): SseEvent[] {
    const out: SseEvent[] = []
    if (skipLeadingLf && chunk.startsWith('\n')) chunk = chunk.slice(1)
    skipLeadingLf = false
    buffer += chunk
    let start = 0
    for (let i = 0; i < buffer.length; i++) {
      const ch = buffer[i]
      if (ch !== '\n' && ch !== '\r') continue
      processLine(buffer.slice(start, i), out)
      if (ch === '\r') {
        if (i + 1 < buffer.length) {
          if (buffer[i + 1] === '\n') i++
        } else {
          skipLeadingLf = true
        }
      }
      start = i + 1
    }
    buffer = buffer.slice(start)
    return out
  }

  function flush(): SseEvent[] {
    const out: SseEvent[] = []
    if (buffer !== '') processLine(buffer, out)
    buffer = ''
    dispatch(out)
    return out
  }

  return { push, flush }
}
