/** A settings card saved on its own: loads the config into its form, and saves only its fields when they are valid. */
import { onBeforeUnmount, onMounted, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { fetchConfig, saveConfigFields } from '@/api/admin/config'
import type { SystemConfig } from '@/api/admin/config/types'
import { errorText } from '../../composables/errorMessage'

export interface ConfigCardOptions<F extends object> {
  form: F
  formFrom: (config: SystemConfig) => F
  toConfig: (form: F) => Partial<SystemConfig>
  /** Marks every field touched and says whether the form may be sent. */
  touchAllAndCheck: () => boolean
  onSaved?: (config: SystemConfig) => void
}

export function useConfigCard<F extends object>(options: ConfigCardOptions<F>) {
  const { t } = useI18n()
  const ready = ref(false)
  const saving = ref(false)
  const saved = ref(false)
  const serverError = ref('')
  let savedTimer: ReturnType<typeof setTimeout> | undefined

  async function save(): Promise<void> {
    serverError.value = ''
    saved.value = false
    if (!options.touchAllAndCheck() || saving.value) return
    saving.value = true
    try {
      const config = await saveConfigFields(options.toConfig(options.form))
      Object.assign(options.form, options.formFrom(config))
      options.onSaved?.(config)
      saved.value = true
      clearTimeout(savedTimer)
      savedTimer = setTimeout(() => (saved.value = false), 4000)
    } catch (error) {
      serverError.value = errorText(error, t('errors.generic'))
    } finally {
      saving.value = false
    }
  }

  onMounted(async () => {
    try {
      Object.assign(options.form, options.formFrom(await fetchConfig()))
      ready.value = true
    } catch (error) {
      serverError.value = errorText(error, t('errors.generic'))
    }
  })
  onBeforeUnmount(() => clearTimeout(savedTimer))

  return { ready, saving, saved, serverError, save }
}
