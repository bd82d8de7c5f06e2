/**
 * A markdown-it plugin for TeX math: `$…$` inline, `$$…$$` inline or as a block, rendered by KaTeX into
 * HTML + MathML (read by screen readers). It runs inside markdown-it, so DOMPurify still sees the result.
 * Dollar rules follow Pandoc so prices stay text: the opening `$` is not followed by a space, the closing
 * `$` is not preceded by one nor followed by a digit ("$5 and $6" is not math). LaTeX's own `\(…\)` and
 * `\[…\]`, which many models write, work too.
 */
import type MarkdownIt from 'markdown-it'
import type { StateBlock, StateInline } from 'markdown-it'
import katex from 'katex'

const DOLLAR = 0x24

export function renderTex(tex: string, displayMode: boolean): string {
  // throwOnError false: a typo in the model's TeX shows as red source text, not as a broken answer.
  return katex.renderToString(tex, { displayMode, throwOnError: false, output: 'htmlAndMathml', strict: 'ignore', trust: false })
}

function isEscaped(src: string, pos: number): boolean {
  let backslashes = 0
  for (let i = pos - 1; i >= 0 && src.charCodeAt(i) === 0x5c; i--) backslashes++
  return backslashes % 2 === 1
}

function mathInline(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state
  if (src.charCodeAt(pos) !== DOLLAR || isEscaped(src, pos)) return false
  const display = src.charCodeAt(pos + 1) === DOLLAR
  const open = display ? 2 : 1
  const start = pos + open
  let end = start
  for (;;) {
    end = src.indexOf(display ? '$$' : '$', end)
    if (end === -1) return false
    if (!isEscaped(src, end)) break
    end += 1
  }
  const tex = src.slice(start, end)
  if (tex.trim() === '') return false
  if (!display) {
    if (/^\s/.test(tex) || /\s$/.test(tex)) return false
    const after = src.charCodeAt(end + 1)
    if (after >= 0x30 && after <= 0x39) return false
  }
  if (!silent) {
    const token = state.push(display ? 'math_display_inline' : 'math_inline', 'math', 0)
    token.content = tex
    token.markup = display ? '$$' : '$'
  }
  state.pos = end + open
  return true
}

/** `\(…\)` inline and `\[…\]` display, ahead of markdown-it's escape rule (which would eat the backslash). */
function mathParens(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state
  if (src.charCodeAt(pos) !== 0x5c || isEscaped(src, pos)) return false
  const opener = src.slice(pos, pos + 2)
  if (opener !== '\\(' && opener !== '\\[') return false
  const closer = opener === '\\(' ? '\\)' : '\\]'
  const end = src.indexOf(closer, pos + 2)
  if (end === -1) return false
  const tex = src.slice(pos + 2, end)
  if (tex.trim() === '') return false
  if (!silent) {
    const token = state.push(opener === '\\(' ? 'math_inline' : 'math_display_inline', 'math', 0)
    token.content = tex.trim()
    token.markup = opener
  }
  state.pos = end + 2
  return true
}

function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!
  let max = state.eMarks[startLine]!
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false // an indented code block
  const opener = state.src.slice(pos, pos + 2)
  if (opener !== '$$' && opener !== '\\[') return false
  const closer = opener === '$$' ? '$$' : '\\]'
  pos += 2
  let first = state.src.slice(pos, max)
  let last = ''
  let line = startLine
  let found = false
  if (first.trim().endsWith(closer)) {
    first = first.trim().slice(0, -2) // $$ … $$ on one line
    found = true
  }
  while (!found) {
    line++
    if (line >= endLine) return false
    pos = state.bMarks[line]! + state.tShift[line]!
    max = state.eMarks[line]!
    const text = state.src.slice(pos, max)
    if (text.trim().endsWith(closer)) {
      last = text.trim().slice(0, -2)
      found = true
    }
  }
  if (silent) return true
  const middle = line > startLine + 1 ? state.getLines(startLine + 1, line, state.tShift[startLine]!, true) : ''
  const token = state.push('math_block', 'math', 0)
  token.block = true
  token.content = [first, middle, last].filter((part) => part.trim() !== '').join('\n')
  token.map = [startLine, line + 1]
  token.markup = opener
  state.line = line + 1
  return true
}

export function mathPlugin(md: MarkdownIt): void {
  md.inline.ruler.after('escape', 'math_inline', mathInline)
  md.inline.ruler.before('escape', 'math_parens', mathParens)
  md.block.ruler.after('blockquote', 'math_block', mathBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] })
  md.renderer.rules.math_inline = (tokens, idx) => renderTex(tokens[idx]!.content, false)
  md.renderer.rules.math_display_inline = (tokens, idx) => renderTex(tokens[idx]!.content, true)
  md.renderer.rules.math_block = (tokens, idx) => `<div class="math-block">${renderTex(tokens[idx]!.content, true)}</div>\n`
}
