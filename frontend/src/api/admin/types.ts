/** Wire shapes shared by the admin endpoints (SPEC §7). */

/** A page of a growing list: `page` counts from 1. */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

/** Accepts a plain array or a page object, so a list endpoint may switch to paging without breaking the UI. */
export function toItems<T>(body: T[] | Page<T> | null | undefined): T[] {
  if (Array.isArray(body)) return body
  return Array.isArray(body?.items) ? body.items : []
}
