/** The signed-in user's own data. */
import { http } from '@/http/client'
import { ApiError } from '@/http/errors'
import type { MyUsage } from './types'

/** This month's usage and quota; null while the server has no such endpoint (404), so the menu leaves it out. */
export async function fetchMyUsage(): Promise<MyUsage | null> {
  try {
    return await http.get<MyUsage>('/api/me/usage')
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405)) return null
    throw error
  }
}
