// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './markdown'

describe('renderMarkdown', () => {
  it('renders markdown and highlights known languages', () => {
    const html = renderMarkdown('**bold**\n\n```js\nconst a = 1\n```', 'Copy')
    expect(html).toContain('<strong>bold</strong>')
    expect(html).toContain('hljs-keyword')
    expect(html).toContain('data-copy-code')
    expect(html).toContain('>Copy</button>')
  })

  it('never lets raw HTML or script URLs from the model through', () => {
    const html = renderMarkdown('<img src=x onerror="alert(1)"><script>alert(2)</script>[x](javascript:alert(3))', 'Copy')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).not.toMatch(/href="javascript/i)
  })

  it('opens links in a new tab', () => {
    expect(renderMarkdown('https://example.com', 'Copy')).toContain('target="_blank"')
  })
})

describe('renderMarkdown with math', () => {
  it('renders $…$ inline with KaTeX and keeps its markup, MathML and TeX source through DOMPurify', () => {
    const html = renderMarkdown('Euler: $e^{i\\pi} + 1 = 0$ indeed', 'Copy')
    expect(html).toContain('class="katex"')
    expect(html).toContain('<math')
    expect(html).toContain('<annotation encoding="application/x-tex">e^{i\\pi} + 1 = 0</annotation>')
    expect(html).toMatch(/<span class="mord mathnormal"[^>]*>e<\/span>/)
    expect(html).toMatch(/style="[^"]*height/) // KaTeX's inline sizes are kept (the CSP allows inline styles)
    expect(html).toContain('Euler: ')
  })

  it('renders $$…$$ as a display block, also across lines', () => {
    const html = renderMarkdown('Sum:\n\n$$\n\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}\n$$\n\nDone.', 'Copy')
    expect(html).toContain('class="math-block"')
    expect(html).toContain('katex-display')
    expect(html).toContain('<p>Done.</p>')
  })

  it('keeps the radical SVG KaTeX draws for square roots', () => {
    const html = renderMarkdown('$$\\sqrt{x^2+1}$$', 'Copy')
    expect(html).toContain('<svg')
    expect(html).toContain('<path')
  })

  it('leaves prices and escaped dollars as text', () => {
    const html = renderMarkdown('It costs $5 and $6, or \\$x\\$.', 'Copy')
    expect(html).not.toContain('katex')
    expect(html).toContain('$5 and $6')
  })

  it('does not render math inside code', () => {
    const html = renderMarkdown('`$x$` and\n\n```\n$$y$$\n```', 'Copy')
    expect(html).not.toContain('katex')
  })

  it('never lets markup smuggled into TeX through: KaTeX escapes it and DOMPurify would drop it', () => {
    const html = renderMarkdown('$\\text{<img src=x onerror=alert(1)>}$ $\\href{javascript:alert(2)}{x}$', 'Copy')
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/href="javascript/i)
    expect(html).not.toMatch(/<[^>]*\sonerror=/i)
    expect(html).toContain('&lt;img') // shown as text
  })

  it('shows broken TeX as source text instead of failing the whole answer', () => {
    const html = renderMarkdown('Bad: $\\frac{1}{$ ok', 'Copy')
    expect(html).toContain('Bad:')
    expect(html).toContain('ok')
  })

  it('also takes LaTeX delimiters \\(…\\) inline and \\[…\\] as a display block', () => {
    const html = renderMarkdown('Inline \\(a^2+b^2=c^2\\) here.\n\n\\[\n\\int_0^1 x\\,dx\n\\]\n\nAfter.', 'Copy')
    expect(html).toContain('<annotation encoding="application/x-tex">a^2+b^2=c^2</annotation>')
    expect(html).toContain('class="math-block"')
    expect(html).toContain('<p>After.</p>')
    expect(html).not.toContain('\\[')
  })
})
