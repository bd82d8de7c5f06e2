import { describe, expect, it } from 'vitest'
import type { Group } from '@/api/admin/groups/types'
import { emptyGroupForm, groupFormFrom, memberAboveGroup, modelChoices, parseTokens, toGroupRequest, validateGroupForm } from './groupForm'

const valid = { ...emptyGroupForm(), name: 'class-3' }

describe('group form', () => {
  it('wants only a name: every limit may stay empty', () => {
    expect(validateGroupForm(emptyGroupForm()).name).toBe('required')
    expect(Object.values(validateGroupForm(valid)).every((e) => e === null)).toBe(true)
  })

  it('refuses a name too long or with control characters', () => {
    expect(validateGroupForm({ ...valid, name: 'x'.repeat(101) }).name).toBe('tooLong')
    expect(validateGroupForm({ ...valid, name: 'class\u00073' }).name).toBe('control')
  })

  it('keeps the RPM between 1 and 100000 when given', () => {
    expect(validateGroupForm({ ...valid, rpm: '0' }).rpm).toBe('range')
    expect(validateGroupForm({ ...valid, rpm: '2.5' }).rpm).toBe('integer')
    expect(validateGroupForm({ ...valid, rpm: '30' }).rpm).toBeNull()
  })

  it('reads token quotas with grouping or a k/M suffix', () => {
    expect(parseTokens('')).toBeNull()
    expect(parseTokens('20M')).toBe(20_000_000)
    expect(parseTokens('200k')).toBe(200_000)
    expect(parseTokens('1.5k')).toBe(1500)
    expect(parseTokens('20,000,000')).toBe(20_000_000)
    expect(parseTokens('20 000')).toBe(20_000)
    expect(parseTokens('lots')).toBeNaN()
    expect(parseTokens('0.5')).toBeNaN()
    expect(validateGroupForm({ ...valid, monthly_token_quota: 'lots' }).monthly_token_quota).toBe('integer')
    expect(validateGroupForm({ ...valid, member_monthly_token_quota: '2000B' }).member_monthly_token_quota).toBe('range')
  })

  it('checks cost quotas as decimals of at least 0', () => {
    expect(validateGroupForm({ ...valid, monthly_cost_quota: '-5' }).monthly_cost_quota).toBe('decimal')
    expect(validateGroupForm({ ...valid, member_monthly_cost_quota: '2.50' }).member_monthly_cost_quota).toBeNull()
  })

  it('sends every field, empty limits as null (no limit), models without duplicates', () => {
    expect(toGroupRequest({
      name: ' class-3 ', rpm: '', allowed_models: ['gpt-4o', 'gpt-4o', ' m2 '], monthly_token_quota: '20M', monthly_cost_quota: '',
      member_monthly_token_quota: '200k', member_monthly_cost_quota: '1.25',
    })).toEqual({
      name: 'class-3', rpm: null, allowed_models: ['gpt-4o', 'm2'], monthly_token_quota: 20_000_000, monthly_cost_quota: null,
      member_monthly_token_quota: 200_000, member_monthly_cost_quota: 1.25,
    })
  })

  it('round-trips a group through the form', () => {
    const group: Group = {
      id: 4, name: 'team', rpm: 20, allowed_models: ['a'], monthly_token_quota: null, monthly_cost_quota: '100.00000000',
      member_monthly_token_quota: 5000, member_monthly_cost_quota: null,
    }
    const form = groupFormFrom(group)
    expect(form).toEqual({
      name: 'team', rpm: '20', allowed_models: ['a'], monthly_token_quota: '', monthly_cost_quota: '100.00000000',
      member_monthly_token_quota: '5000', member_monthly_cost_quota: '',
    })
    const { id: _id, ...wire } = group
    expect(toGroupRequest(form)).toEqual({ ...wire, monthly_cost_quota: 100 })
  })

  it('hints when a member may use more than the whole group', () => {
    expect(memberAboveGroup({ ...valid, monthly_token_quota: '20M', member_monthly_token_quota: '200k' })).toBe(false)
    expect(memberAboveGroup({ ...valid, monthly_token_quota: '100k', member_monthly_token_quota: '200k' })).toBe(true)
    expect(memberAboveGroup({ ...valid, member_monthly_token_quota: '200k' })).toBe(false)
  })

  it('offers the channels\' models and keeps allowed ones no channel serves any more', () => {
    expect(modelChoices(['b', 'a', 'b'], ['gone'])).toEqual(['a', 'b', 'gone'])
  })
})
