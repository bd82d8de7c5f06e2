/**
 * Splits a streamed answer into reasoning and content. Reasoning arrives either in its own delta field
 * or as a leading `<think>…</think>` in the content, whose tags may be cut anywhere across chunks.
 */

export interface SplitPiece {
  reasoning: string
  content: string
}

export interface ReasoningSplitter {
  push(content: string, reasoning?: string): SplitPiece
  /** Ends the stream: releases text held back while waiting to see whether it was a tag. */
  flush(): SplitPiece
}

const OPEN = '<think>'
const CLOSE = '</think>'

/** Length of the longest suffix of `text` that is a proper prefix of `tag`. */
function partialTagSuffix(text: string, tag: string): number {
  const max = Math.min(text.length, tag.length - 1)
  for (let n = max; n > 0; n--) {
    if (tag.startsWith(text.slice(text.length - n))) return n
  }
  return 0
}

export function createReasoningSplitter(): ReasoningSplitter {
  let state: 'start' | 'thinking' | 'answer' = 'start'
  let pending = ''
  // Whitespace right after </think> is dropped until the answer really starts.
  let trimNext = false

  function emitContent(text: string): string {
    if (!trimNext) return text
    const trimmed = text.replace(/^\s+/, '')
    if (trimmed !== '') trimNext = false
    return trimmed
  }

  function step(): SplitPiece {
    const piece: SplitPiece = { reasoning: '', content: '' }
    if (state === 'start') {
      const lead = pending.replace(/^\s+/, '')
      if (lead.startsWith(OPEN)) {
        state = 'thinking'
        pending = lead.slice(OPEN.length)
      } else if (lead === '' || OPEN.startsWith(lead)) {
        return piece // could still become <think>: wait for more
      } else {
        state = 'answer'
        piece.content = pending
        pending = ''
        return piece
      }
    }
    if (state === 'thinking') {
      const end = pending.indexOf(CLOSE)
      if (end !== -1) {
        piece.reasoning = pending.slice(0, end)
        const rest = pending.slice(end + CLOSE.length)
        pending = ''
        state = 'answer'
        trimNext = true
        piece.content = emitContent(rest)
      } else {
        const hold = partialTagSuffix(pending, CLOSE)
        piece.reasoning = pending.slice(0, pending.length - hold)
        pending = pending.slice(pending.length - hold)
      }
    }
    return piece
  }

  function push(content: string, reasoning = ''): SplitPiece {
    if (state === 'answer') return { reasoning, content: emitContent(content) }
    pending += content
    const piece = step()
    piece.reasoning = reasoning + piece.reasoning
    return piece
  }

  function flush(): SplitPiece {
    const piece: SplitPiece = { reasoning: '', content: '' }
    if (state === 'thinking') piece.reasoning = pending
    else piece.content = pending
    pending = ''
    return piece
  }

  return { push, flush }
}
