/** Composable: call `handler` on a pointer-down outside `target` or on Escape, while `active` is true. */
import { onBeforeUnmount, watch, type Ref } from 'vue'

export function useClickOutside(target: Ref<HTMLElement | null>, active: Ref<boolean>, handler: () => void) {
  function onPointerDown(event: PointerEvent): void {
    if (target.value && !target.value.contains(event.target as Node)) handler()
  }
  function onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') handler()
  }
  function detach(): void {
    document.removeEventListener('pointerdown', onPointerDown, true)
    document.removeEventListener('keydown', onKeydown)
  }

  watch(active, (on) => {
    detach()
    if (on) {
      document.addEventListener('pointerdown', onPointerDown, true)
      document.addEventListener('keydown', onKeydown)
    }
  })
  onBeforeUnmount(detach)
}
