/** The file name a server suggests in Content-Disposition (RFC 6266), preferring the UTF-8 form. */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (extended?.[2]) {
    try {
      return clean(decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''))) || fallback
    } catch {
      // malformed percent-encoding: try the plain parameter
    }
  }
  const quoted = /filename\s*=\s*"((?:\\.|[^"\\])*)"/i.exec(header)
  if (quoted?.[1] !== undefined) return clean(quoted[1].replace(/\\(.)/g, '$1')) || fallback
  const bare = /filename\s*=\s*([^;\s]+)/i.exec(header)
  return (bare?.[1] && clean(bare[1])) || fallback
}

/** No folders in a download name. */
function clean(name: string): string {
  return name.replace(/[/\\]/g, '_').trim()
}
