import { describe, expect, it } from 'vitest'
import { isIPv4, isIPv6, validateIpRule } from './ipRule'

describe('validateIpRule', () => {
  it('accepts IPv4 addresses and ranges with prefixes /0 to /32', () => {
    expect(validateIpRule('203.0.113.7')).toBeNull()
    expect(validateIpRule(' 192.168.1.0/24 ')).toBeNull()
    expect(validateIpRule('0.0.0.0/0')).toBeNull()
    expect(validateIpRule('10.0.0.1/32')).toBeNull()
  })

  it('rejects malformed IPv4 and out-of-range prefixes', () => {
    expect(validateIpRule('256.1.1.1')).toBe('invalid')
    expect(validateIpRule('1.2.3')).toBe('invalid')
    expect(validateIpRule('1.2.3.4.5')).toBe('invalid')
    expect(validateIpRule('01.2.3.4')).toBe('invalid')
    expect(validateIpRule('1.2.3.4/33')).toBe('prefix')
    expect(validateIpRule('1.2.3.4/')).toBe('prefix')
    expect(validateIpRule('1.2.3.4/-1')).toBe('prefix')
    expect(validateIpRule('1.2.3.4/08')).toBe('prefix')
    expect(validateIpRule('example.com')).toBe('invalid')
    expect(validateIpRule('')).toBe('required')
  })

  it('accepts IPv6 addresses, compressed forms and ranges with prefixes /0 to /128', () => {
    expect(validateIpRule('2001:db8::1')).toBeNull()
    expect(validateIpRule('2001:0db8:0000:0000:0000:ff00:0042:8329')).toBeNull()
    expect(validateIpRule('::1')).toBeNull()
    expect(validateIpRule('::')).toBeNull()
    expect(validateIpRule('fe80::/10')).toBeNull()
    expect(validateIpRule('2001:db8::/128')).toBeNull()
    expect(validateIpRule('::/0')).toBeNull()
  })

  it('rejects malformed IPv6 and prefixes over 128', () => {
    expect(validateIpRule('2001:db8::1::2')).toBe('invalid')
    expect(validateIpRule('2001:db8:::1')).toBe('invalid')
    expect(validateIpRule('1:2:3:4:5:6:7:8:9')).toBe('invalid')
    expect(validateIpRule('1:2:3:4:5:6:7')).toBe('invalid')
    expect(validateIpRule('12345::1')).toBe('invalid')
    expect(validateIpRule('gggg::1')).toBe('invalid')
    expect(validateIpRule('fe80::1%eth0')).toBe('invalid')
    expect(validateIpRule('2001:db8::/129')).toBe('prefix')
  })

  it('treats IPv4-mapped IPv6 as IPv6, prefix up to 128', () => {
    expect(validateIpRule('::ffff:192.0.2.1')).toBeNull()
    expect(validateIpRule('::ffff:192.0.2.0/120')).toBeNull()
    expect(validateIpRule('0:0:0:0:0:ffff:192.0.2.1')).toBeNull()
    expect(validateIpRule('::ffff:300.0.2.1')).toBe('invalid')
    expect(validateIpRule('::ffff:192.0.2.1:1')).toBe('invalid')
    expect(validateIpRule('1:2:3:4:5:6:7:1.2.3.4')).toBe('invalid')
  })

  it('exposes the address checks on their own', () => {
    expect(isIPv4('8.8.8.8')).toBe(true)
    expect(isIPv4('::1')).toBe(false)
    expect(isIPv6('::1')).toBe(true)
    expect(isIPv6('8.8.8.8')).toBe(false)
  })
})
