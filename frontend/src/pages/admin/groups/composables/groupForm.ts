/** The group dialog's fields, their checks (mirroring the server's) and the request body they make. */
import type { Group, GroupRequest } from '@/api/admin/groups/types'
import { amountText, MONEY_MAX, optionalDecimal, optionalInteger, type DecimalError, type NumberError } from '../../composables/rules'

export const GROUP_NAME_MAX = 100
export const GROUP_RPM_MIN = 1
export const GROUP_RPM_MAX = 100_000
export const TOKEN_QUOTA_MAX = 1_000_000_000_000

export const TOKEN_QUOTAS = ['monthly_token_quota', 'member_monthly_token_quota'] as const
export const COST_QUOTAS = ['monthly_cost_quota', 'member_monthly_cost_quota'] as const
export type TokenQuotaField = (typeof TOKEN_QUOTAS)[number]
export type CostQuotaField = (typeof COST_QUOTAS)[number]

export interface GroupForm {
  name: string
  rpm: string
  /** Checked models; none = every model. */
  allowed_models: string[]
  monthly_token_quota: string
  monthly_cost_quota: string
  member_monthly_token_quota: string
  member_monthly_cost_quota: string
}

export type GroupField = 'name' | 'rpm' | TokenQuotaField | CostQuotaField
export type GroupFieldError = NumberError | DecimalError | 'tooLong' | 'control'

export function emptyGroupForm(): GroupForm {
  return {
    name: '', rpm: '', allowed_models: [], monthly_token_quota: '', monthly_cost_quota: '',
    member_monthly_token_quota: '', member_monthly_cost_quota: '',
  }
}

export function groupFormFrom(group: Group): GroupForm {
  const whole = (value: number | null) => (value === null || value === undefined ? '' : String(value))
  return {
    name: group.name,
    rpm: whole(group.rpm),
    allowed_models: [...(group.allowed_models ?? [])],
    monthly_token_quota: whole(group.monthly_token_quota),
    monthly_cost_quota: amountText(group.monthly_cost_quota),
    member_monthly_token_quota: whole(group.member_monthly_token_quota),
    member_monthly_cost_quota: amountText(group.member_monthly_cost_quota),
  }
}

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 }

/**
 * A token amount as typed: digits, optionally grouped (`20 000 000`, `20,000,000`) or with a k/M/B suffix
 * (`200k`, `20M`). Null for empty, NaN for anything else.
 */
export function parseTokens(value: string): number | null {
  const text = value.trim().replace(/[\s,_]/g, '')
  if (text === '') return null
  const match = /^(\d+(?:\.\d+)?)([kmb])?$/i.exec(text)
  if (!match) return Number.NaN
  const scale = match[2] ? (SCALE[match[2].toLowerCase()] ?? 1) : 1
  const amount = Number(match[1]) * scale
  return Number.isInteger(amount) ? amount : Number.NaN
}

function tokenError(value: string): NumberError | null {
  const tokens = parseTokens(value)
  if (tokens === null) return null
  if (Number.isNaN(tokens)) return 'integer'
  return optionalInteger(String(tokens), 0, TOKEN_QUOTA_MAX)
}

export function validateGroupForm(form: GroupForm): Record<GroupField, GroupFieldError | null> {
  const name = form.name.trim()
  return {
    name: name === '' ? 'required' : name.length > GROUP_NAME_MAX ? 'tooLong' : /[\u0000-\u001f\u007f]/.test(name) ? 'control' : null,
    rpm: optionalInteger(form.rpm, GROUP_RPM_MIN, GROUP_RPM_MAX),
    monthly_token_quota: tokenError(form.monthly_token_quota),
    member_monthly_token_quota: tokenError(form.member_monthly_token_quota),
    monthly_cost_quota: optionalDecimal(form.monthly_cost_quota, MONEY_MAX),
    member_monthly_cost_quota: optionalDecimal(form.member_monthly_cost_quota, MONEY_MAX),
  }
}

/** True when a member may use more than the whole group: allowed, but most likely a typo worth a hint. */
export function memberAboveGroup(form: GroupForm): boolean {
  const group = parseTokens(form.monthly_token_quota)
  const member = parseTokens(form.member_monthly_token_quota)
  return group !== null && member !== null && !Number.isNaN(group) && !Number.isNaN(member) && member > group
}

/** The body to send: every field, null where the admin left no limit. */
export function toGroupRequest(form: GroupForm): GroupRequest {
  const cost = (value: string) => (value.trim() === '' ? null : Number(value.trim()))
  return {
    name: form.name.trim(),
    rpm: form.rpm.trim() === '' ? null : Number(form.rpm.trim()),
    allowed_models: [...new Set(form.allowed_models.map((m) => m.trim()).filter((m) => m !== ''))],
    monthly_token_quota: parseTokens(form.monthly_token_quota),
    monthly_cost_quota: cost(form.monthly_cost_quota),
    member_monthly_token_quota: parseTokens(form.member_monthly_token_quota),
    member_monthly_cost_quota: cost(form.member_monthly_cost_quota),
  }
}

/** The models the dialog offers: the channels' models, plus any the group already allows that no channel serves now. */
export function modelChoices(channelModels: string[], allowed: string[]): string[] {
  return [...new Set([...channelModels, ...allowed])].sort((a, b) => a.localeCompare(b))
}
