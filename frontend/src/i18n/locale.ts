/** Which language to start in: the saved choice, else the browser's, else English. */

export type AppLocale = 'en' | 'zh-CN'

export const SUPPORTED_LOCALES: ReadonlyArray<{ code: AppLocale; label: string }> = [
  { code: 'zh-CN', label: '简体中文' },
  { code: 'en', label: 'English' },
]

export const LOCALE_KEY = 'switchboard.locale'

export function detectLocale(languages: readonly string[]): AppLocale {
  for (const lang of languages) {
    const lower = lang.toLowerCase()
    if (lower.startsWith('zh')) return 'zh-CN'
    if (lower.startsWith('en')) return 'en'
  }
  return 'en'
}

export function isAppLocale(value: unknown): value is AppLocale {
  return value === 'en' || value === 'zh-CN'
}

export function initialLocale(): AppLocale {
  try {
    const saved = localStorage.getItem(LOCALE_KEY)
    if (isAppLocale(saved)) return saved
  } catch {
    // no storage: fall through to the browser's language
  }
  return detectLocale(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language])
}
