/**
 * Client-side check of a blocklist entry: one IPv4 or IPv6 address, or a CIDR range with a prefix of
 * /0–/32 (IPv4) or /0–/128 (IPv6). IPv4-mapped IPv6 (`::ffff:1.2.3.4`) counts as IPv6.
 */

export type IpRuleError = 'required' | 'invalid' | 'prefix'

const IPV4_OCTET = /^(0|[1-9]\d{0,2})$/
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/

export function isIPv4(text: string): boolean {
  const parts = text.split('.')
  return parts.length === 4 && parts.every((p) => IPV4_OCTET.test(p) && Number(p) <= 255)
}

export function isIPv6(text: string): boolean {
  if (text.includes('%')) return false // zone ids name an interface, not an address
  const halves = text.split('::')
  if (halves.length > 2) return false
  const groups = (half: string): string[] => (half === '' ? [] : half.split(':'))
  const head = groups(halves[0] ?? '')
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : []
  const all = [...head, ...tail]
  // An embedded IPv4 address may only close the address and stands for two groups.
  let count = all.length
  const last = all.at(-1)
  if (last !== undefined && last.includes('.')) {
    if (!isIPv4(last)) return false
    all.pop()
    count += 1
  }
  if (!all.every((g) => HEX_GROUP.test(g))) return false
  return halves.length === 2 ? count <= 7 : count === 8
}

/** null when the entry is valid; otherwise why not. */
export function validateIpRule(input: string): IpRuleError | null {
  const value = input.trim()
  if (value === '') return 'required'
  const slash = value.indexOf('/')
  const address = slash < 0 ? value : value.slice(0, slash)
  const v4 = isIPv4(address)
  if (!v4 && !isIPv6(address)) return 'invalid'
  if (slash < 0) return null
  const prefix = value.slice(slash + 1)
  if (!/^(0|[1-9]\d{0,2})$/.test(prefix)) return 'prefix'
  return Number(prefix) <= (v4 ? 32 : 128) ? null : 'prefix'
}
