/** Composable: a textarea that grows with its text up to a maximum height, then scrolls. */
import { nextTick, watch, type Ref } from 'vue'

export function useAutoGrow(textarea: Ref<HTMLTextAreaElement | null>, value: Ref<string>, maxPx = 200) {
  function resize(): void {
    const el = textarea.value
    if (!el) return
    el.style.height = 'auto'
    el.style.height = `${Math.min(el.scrollHeight, maxPx)}px`
    el.style.overflowY = el.scrollHeight > maxPx ? 'auto' : 'hidden'
  }

  watch(value, () => nextTick(resize), { immediate: true })
  return { resize }
}
