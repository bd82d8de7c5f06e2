/** Composable: the images waiting in the composer (at most four, each prepared within the size limits). */
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { acceptImages, prepareImage } from '@/utils/images'
import { MAX_IMAGES } from './wireHistory'

export interface PendingImage {
  id: number
  url: string
}

let nextId = 0

export function useImageAttachments(prepare: (file: File) => Promise<string> = prepareImage) {
  const { t } = useI18n()
  const images = ref<PendingImage[]>([])
  const busy = ref(0)
  const notice = ref('')

  async function add(files: File[]): Promise<void> {
    const { accepted, rejected } = acceptImages(files, images.value.length + busy.value, MAX_IMAGES)
    notice.value = rejected > 0 ? t('images.tooMany', { max: MAX_IMAGES, count: rejected }) : ''
    busy.value += accepted.length
    await Promise.all(
      accepted.map(async (file) => {
        try {
          const url = await prepare(file)
          nextId += 1
          images.value.push({ id: nextId, url })
        } catch {
          notice.value = t('images.failed')
        } finally {
          busy.value -= 1
        }
      }),
    )
  }

  function remove(id: number): void {
    images.value = images.value.filter((image) => image.id !== id)
    notice.value = ''
  }

  /** Hands the images over (to the message being sent) and empties the tray. */
  function take(): string[] {
    const urls = images.value.map((image) => image.url)
    images.value = []
    notice.value = ''
    return urls
  }

  return { images, busy, notice, add, remove, take }
}
