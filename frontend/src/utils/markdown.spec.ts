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
