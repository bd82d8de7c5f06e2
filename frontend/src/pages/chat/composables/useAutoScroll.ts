/** Composable: keep a scroll container pinned to the bottom while content grows, unless the user scrolled up. */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

const THRESHOLD = 80

export function useAutoScroll(container: Ref<HTMLElement | null>, content: Ref<HTMLElement | null>) {
  const pinned = ref(true)
  let observer: ResizeObserver | null = null

  function onScroll(): void {
    const el = container.value
    if (el) pinned.value = el.scrollHeight - el.scrollTop - el.clientHeight < THRESHOLD
  }

  function scrollToBottom(smooth = false): void {
    const el = container.value
    if (!el) return
    pinned.value = true
    el.scrollTo({ top: el.scrollHeight, behavior: smooth ? 'smooth' : 'auto' })
  }

  onMounted(() => {
    container.value?.addEventListener('scroll', onScroll, { passive: true })
    observer = new ResizeObserver(() => {
      if (pinned.value) scrollToBottom()
    })
    if (content.value) observer.observe(content.value)
  })

  onBeforeUnmount(() => {
    container.value?.removeEventListener('scroll', onScroll)
    observer?.disconnect()
  })

  return { pinned, scrollToBottom }
}
