/** Composable: the settings' currency label (SPEC §14, default USD) for the console's money figures. */
import { ref } from 'vue'
import { fetchConfig } from '@/api/admin/config'

export const DEFAULT_CURRENCY = 'USD'

/** Shared by every page of the console; the settings page updates it when the admin saves another label. */
const currency = ref(DEFAULT_CURRENCY)
let loaded: Promise<void> | null = null

export function setCurrency(value: string | null | undefined): void {
  currency.value = value?.trim() || DEFAULT_CURRENCY
}

export function useCurrency() {
  // Loaded once per visit; a failure keeps the default and the next page tries again.
  loaded ??= fetchConfig()
    .then((config) => setCurrency(config.currency))
    .catch(() => {
      loaded = null
    })
  return currency
}
