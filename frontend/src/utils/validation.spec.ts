import { describe, expect, it } from 'vitest'
import { validateConfirmation, validateEmail, validatePassword } from './validation'

describe('form validation', () => {
  it('accepts a trimmed email and rejects malformed ones', () => {
    expect(validateEmail('  Ann@Example.com ')).toBeNull()
    expect(validateEmail('')).toBe('required')
    expect(validateEmail('ann@')).toBe('emailInvalid')
    expect(validateEmail('ann example.com')).toBe('emailInvalid')
  })

  it('wants passwords of 8 to 128 characters', () => {
    expect(validatePassword('1234567')).toBe('passwordTooShort')
    expect(validatePassword('12345678')).toBeNull()
    expect(validatePassword('x'.repeat(128))).toBeNull()
    expect(validatePassword('x'.repeat(129))).toBe('passwordTooLong')
  })

  it('checks the confirmation matches', () => {
    expect(validateConfirmation('secret123', 'secret124')).toBe('passwordMismatch')
    expect(validateConfirmation('secret123', 'secret123')).toBeNull()
  })
})
