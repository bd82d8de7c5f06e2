/** Composable: numbers in the current language, times as `YYYY-MM-DD HH:mm:ss` in local time. */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
}

export function useFormat() {
  const { locale } = useI18n()
  const numbers = computed(() => new Intl.NumberFormat(locale.value))
  return {
    number: (value: number | null | undefined) => (typeof value === 'number' ? numbers.value.format(value) : '–'),
    dateTime: formatDateTime,
  }
}
