import { describe, expect, it } from 'vitest'
import { emptyKeyForm, splitList, toDraft, validateKeyForm } from './keyForm'

describe('keyForm', () => {
  it('splits lists on commas, spaces and new lines', () => {
    expect(splitList(' gpt-4o, deepseek-chat\n10.0.0.0/8  ')).toEqual(['gpt-4o', 'deepseek-chat', '10.0.0.0/8'])
    expect(splitList('')).toEqual([])
  })

  it('needs a name of at most 100 characters and a future expiry', () => {
    const now = new Date(2026, 5, 1, 12)
    expect(validateKeyForm(emptyKeyForm(), now).name).toBe('nameRequired')
    expect(validateKeyForm({ ...emptyKeyForm(), name: 'x'.repeat(101) }, now).name).toBe('nameTooLong')
    expect(validateKeyForm({ ...emptyKeyForm(), name: 'ok', expires: '2026-05-31' }, now).expires).toBe('expiryPast')
    expect(validateKeyForm({ ...emptyKeyForm(), name: 'ok', expires: '2026-06-01' }, now)).toEqual({ name: null, expires: null })
  })

  it('sends never-expiring keys with null and empty lists for "any"', () => {
    expect(toDraft({ ...emptyKeyForm(), name: ' laptop ' })).toEqual({ name: 'laptop', expires_at: null, allowed_models: [], allowed_cidrs: [] })
  })
})
