/** vue-i18n set-up: English and Simplified Chinese, starting from the saved or the browser's language. */
import { createI18n } from 'vue-i18n'
import en, { type MessageSchema } from './locales/en'
import zhCN from './locales/zh-CN'
import { initialLocale, type AppLocale } from './locale'

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'en',
  messages: { en, 'zh-CN': zhCN },
})

export { SUPPORTED_LOCALES, type AppLocale } from './locale'
