/** How a channel's health (SPEC §13) is shown: which badge, and the text on hover. */
import type { Channel } from '@/api/admin/channels/types'

export type HealthBadge = 'enabled' | 'disabled' | 'auto_disabled' | 'cooling'

/** The badge of a channel: cooling down only matters while it is otherwise enabled. */
export function healthBadge(channel: Channel, now: number = Date.now()): HealthBadge {
  const status = channel.status ?? (channel.is_enabled ? 'enabled' : 'disabled')
  if (status === 'enabled' && channel.cooling_until && Date.parse(channel.cooling_until) > now) return 'cooling'
  return status
}

/** True when any channel was taken out by Switchboard itself (the dashboard banner). */
export function anyAutoDisabled(channels: ReadonlyArray<Channel>): boolean {
  return channels.some((c) => c.status === 'auto_disabled')
}
