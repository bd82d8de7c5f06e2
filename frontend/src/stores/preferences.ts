/** Store: theme and language, saved in the browser; the theme follows the system until chosen. */
import { computed, ref, watch } from 'vue'
import { defineStore } from 'pinia'
import { i18n, type AppLocale } from '@/i18n'
import { LOCALE_KEY } from '@/i18n/locale'

export type ThemePreference = 'system' | 'light' | 'dark'

const THEME_KEY = 'switchboard.theme'
const THEME_ORDER: ThemePreference[] = ['system', 'light', 'dark']

function readTheme(): ThemePreference {
  try {
    const saved = localStorage.getItem(THEME_KEY)
    return saved === 'light' || saved === 'dark' ? saved : 'system'
  } catch {
    return 'system'
  }
}

function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value)
  } catch {
    // not persisted; still applied for this page
  }
}

export const usePreferencesStore = defineStore('preferences', () => {
  const theme = ref<ThemePreference>(readTheme())
  const media = window.matchMedia('(prefers-color-scheme: dark)')
  const systemDark = ref(media.matches)
  media.addEventListener('change', (event) => (systemDark.value = event.matches))

  const dark = computed(() => theme.value === 'dark' || (theme.value === 'system' && systemDark.value))
  const locale = computed<AppLocale>({
    get: () => i18n.global.locale.value,
    set: (value) => {
      i18n.global.locale.value = value
      save(LOCALE_KEY, value)
    },
  })

  watch(dark, (isDark) => document.documentElement.classList.toggle('dark', isDark), { immediate: true })
  watch(theme, (value) => save(THEME_KEY, value))
  watch(locale, (value) => (document.documentElement.lang = value), { immediate: true })

  function cycleTheme(): void {
    const next = THEME_ORDER[(THEME_ORDER.indexOf(theme.value) + 1) % THEME_ORDER.length]
    theme.value = next ?? 'system'
  }

  return { theme, dark, locale, cycleTheme }
})
