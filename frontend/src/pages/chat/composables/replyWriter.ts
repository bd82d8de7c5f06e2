/**
 * Writes streamed pieces into one assistant message, at most once per animation frame, so only that
 * message re-renders and only ~60 times a second however fast tokens arrive. Also times the thinking.
 */
import type { ChatMessage, MessageStatus } from '@/stores/chat'
import type { SplitPiece } from '@/utils/reasoning'

export interface ReplyWriter {
  push(piece: SplitPiece): void
  finish(status: MessageStatus): void
}

type Scheduler = (fn: () => void) => void

const nextFrame: Scheduler = (fn) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => fn()) : setTimeout(fn, 16)

export function createReplyWriter(reply: ChatMessage, schedule: Scheduler = nextFrame, now = () => Date.now()): ReplyWriter {
  let content = ''
  let reasoning = ''
  let scheduled = false

  function flush(): void {
    scheduled = false
    if (reasoning !== '') {
      reply.thinkingStartedAt ??= now()
      reply.reasoning += reasoning
      reasoning = ''
    }
    if (content !== '') {
      endThinking()
      reply.content += content
      content = ''
    }
  }

  function endThinking(): void {
    if (reply.thinkingStartedAt !== undefined && reply.thinkingMs === undefined) {
      reply.thinkingMs = now() - reply.thinkingStartedAt
    }
  }

  function push(piece: SplitPiece): void {
    if (piece.reasoning !== '' && reasoning === '' && reply.thinkingStartedAt === undefined) {
      reply.thinkingStartedAt = now() // start the clock at the first token, not at the next frame
    }
    reasoning += piece.reasoning
    content += piece.content
    if (!scheduled) {
      scheduled = true
      schedule(flush)
    }
  }

  function finish(status: MessageStatus): void {
    flush()
    endThinking()
    reply.status = status
  }

  return { push, finish }
}
