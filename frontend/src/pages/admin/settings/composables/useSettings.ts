/** Composable: the settings form, loaded from and saved to /api/admin/config, with a brief "saved" note. */
import { computed, onBeforeUnmount, reactive, ref } from 'vue'
import { fetchConfig, saveConfig } from '@/api/admin/config'
import { settingsFormFrom, toSystemConfig, validateSettings, type SettingsField, type SettingsForm } from './settingsForm'

export function useSettings(errorText: (error: unknown) => string) {
  const form = reactive<SettingsForm>({ guest_rpm: '', user_rpm: '', log_retention_days: '', registration: 'open', registrations_per_ip_hour: '' })
  const touched = reactive<Record<SettingsField, boolean>>({
    guest_rpm: false,
    user_rpm: false,
    log_retention_days: false,
    registrations_per_ip_hour: false,
  })
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const saving = ref(false)
  const saved = ref(false)
  const serverError = ref('')
  const errors = computed(() => validateSettings(form))
  let savedTimer: ReturnType<typeof setTimeout> | undefined

  async function load(): Promise<void> {
    state.value = 'loading'
    try {
      Object.assign(form, settingsFormFrom(await fetchConfig()))
      state.value = 'ready'
    } catch (error) {
      serverError.value = errorText(error)
      state.value = 'error'
    }
  }

  async function save(): Promise<void> {
    touched.guest_rpm = touched.user_rpm = touched.log_retention_days = touched.registrations_per_ip_hour = true
    serverError.value = ''
    saved.value = false
    if (Object.values(errors.value).some((e) => e !== null) || saving.value) return
    saving.value = true
    try {
      Object.assign(form, settingsFormFrom(await saveConfig(toSystemConfig(form))))
      saved.value = true
      clearTimeout(savedTimer)
      savedTimer = setTimeout(() => (saved.value = false), 4000)
    } catch (error) {
      serverError.value = errorText(error)
    } finally {
      saving.value = false
    }
  }

  onBeforeUnmount(() => clearTimeout(savedTimer))

  return { form, touched, errors, state, saving, saved, serverError, load, save }
}
