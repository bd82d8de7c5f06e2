/** Client-side checks for the sign-in and sign-up forms; the server stays the authority. */

export type FieldError = 'required' | 'emailInvalid' | 'passwordTooShort' | 'passwordTooLong' | 'passwordMismatch'

export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function validateEmail(email: string): FieldError | null {
  const value = email.trim()
  if (value === '') return 'required'
  return EMAIL.test(value) && value.length <= 254 ? null : 'emailInvalid'
}

export function validatePassword(password: string): FieldError | null {
  if (password === '') return 'required'
  if (password.length < PASSWORD_MIN) return 'passwordTooShort'
  if (password.length > PASSWORD_MAX) return 'passwordTooLong'
  return null
}

export function validateConfirmation(password: string, confirmation: string): FieldError | null {
  if (confirmation === '') return 'required'
  return password === confirmation ? null : 'passwordMismatch'
}
