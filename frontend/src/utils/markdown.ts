/**
 * Markdown to safe HTML: markdown-it with raw HTML disabled, highlight.js for a few common languages,
 * and DOMPurify over the result, so nothing the model writes can inject markup or script.
 */
import MarkdownIt from 'markdown-it'
import DOMPurify from 'dompurify'
import hljs from 'highlight.js/lib/core'
import bash from 'highlight.js/lib/languages/bash'
import c from 'highlight.js/lib/languages/c'
import cpp from 'highlight.js/lib/languages/cpp'
import css from 'highlight.js/lib/languages/css'
import go from 'highlight.js/lib/languages/go'
import java from 'highlight.js/lib/languages/java'
import javascript from 'highlight.js/lib/languages/javascript'
import json from 'highlight.js/lib/languages/json'
import markdownLang from 'highlight.js/lib/languages/markdown'
import python from 'highlight.js/lib/languages/python'
import rust from 'highlight.js/lib/languages/rust'
import sql from 'highlight.js/lib/languages/sql'
import typescript from 'highlight.js/lib/languages/typescript'
import xml from 'highlight.js/lib/languages/xml'
import yaml from 'highlight.js/lib/languages/yaml'
import { mathPlugin } from './math'

const languages = { bash, c, cpp, css, go, java, javascript, json, markdown: markdownLang, python, rust, sql, typescript, xml, yaml }
for (const [name, lang] of Object.entries(languages)) hljs.registerLanguage(name, lang)

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function highlight(code: string, lang: string): string {
  const name = lang.trim().split(/\s+/)[0]?.toLowerCase() ?? ''
  if (name && hljs.getLanguage(name)) {
    try {
      return hljs.highlight(code, { language: name, ignoreIllegals: true }).value
    } catch {
      // fall through to plain text
    }
  }
  return escapeHtml(code)
}

interface RenderEnv {
  copyLabel: string
}

const md = new MarkdownIt({ html: false, linkify: true, breaks: true }).use(mathPlugin)

/** Code blocks get a header with the language and a copy button (handled by delegation in the view). */
md.renderer.rules.fence = (tokens, idx, _options, env: RenderEnv) => {
  const token = tokens[idx]
  if (!token) return ''
  const lang = token.info.trim().split(/\s+/)[0] ?? ''
  return (
    `<div class="code-block"><div class="code-head"><span>${escapeHtml(lang || 'text')}</span>` +
    `<button type="button" class="code-copy" data-copy-code>${escapeHtml(env.copyLabel)}</button></div>` +
    `<pre><code class="hljs">${highlight(token.content, lang)}</code></pre></div>`
  )
}

const defaultLink = md.renderer.rules.link_open
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]?.attrSet('target', '_blank')
  tokens[idx]?.attrSet('rel', 'noopener noreferrer')
  return defaultLink ? defaultLink(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options)
}

/**
 * KaTeX's markup survives DOMPurify's defaults (spans with classes and inline sizes, MathML, SVG for radicals)
 * except the TeX source annotation; keeping it lets screen readers and copy-paste get the original formula.
 */
const PURIFY = { ADD_ATTR: ['target', 'encoding'], ADD_TAGS: ['annotation', 'semantics'] }

export function renderMarkdown(source: string, copyLabel: string): string {
  const env: RenderEnv = { copyLabel }
  return DOMPurify.sanitize(md.render(source, env), PURIFY)
}
