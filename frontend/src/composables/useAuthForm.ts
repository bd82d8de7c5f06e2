/** Composable: state and validation shared by the sign-in and sign-up forms. */
import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/http/errors'
import {
  PASSWORD_MAX,
  PASSWORD_MIN,
  validateConfirmation,
  validateEmail,
  validatePassword,
  type FieldError,
} from '@/utils/validation'

type Field = 'email' | 'password' | 'confirm'

export function useAuthForm(withConfirmation: boolean) {
  const { t } = useI18n()
  const form = reactive({ email: '', password: '', confirm: '' })
  const touched = reactive<Record<Field, boolean>>({ email: false, password: false, confirm: false })
  const submitting = ref(false)
  const serverError = ref('')

  const errors = computed<Record<Field, FieldError | null>>(() => ({
    email: validateEmail(form.email),
    password: validatePassword(form.password),
    confirm: withConfirmation ? validateConfirmation(form.password, form.confirm) : null,
  }))

  function message(field: Field): string | null {
    const error = errors.value[field]
    if (!touched[field] || !error) return null
    return t(`auth.field.${error}`, { min: PASSWORD_MIN, max: PASSWORD_MAX })
  }

  /** Marks every field touched; true when the form may be sent. */
  function validate(): boolean {
    touched.email = touched.password = touched.confirm = true
    return Object.values(errors.value).every((e) => e === null)
  }

  /** Runs the request, turning a failure into the inline message (the server's, or a generic one). */
  async function submit(action: () => Promise<void>): Promise<boolean> {
    serverError.value = ''
    if (!validate() || submitting.value) return false
    submitting.value = true
    try {
      await action()
      return true
    } catch (error) {
      serverError.value =
        error instanceof ApiError && error.kind !== 'network' && error.serverMessage
          ? error.serverMessage
          : t('errors.generic')
      return false
    } finally {
      submitting.value = false
    }
  }

  return { form, touched, submitting, serverError, message, submit }
}
