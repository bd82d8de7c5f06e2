/**
 * Composable: whether the conversation sidebar shows. Wide screens (≥ 1024 px) show it as a column, open
 * unless the user closed it (remembered); narrower ones as a drawer, closed until asked for.
 */
import { ref } from 'vue'

const KEY = 'switchboard.sidebar'
const WIDE = '(min-width: 1024px)'

function remembered(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'closed'
  } catch {
    return true
  }
}

export function useSidebar() {
  const media = window.matchMedia(WIDE)
  const drawer = ref(!media.matches)
  const open = ref(media.matches && remembered())

  function onChange(event: MediaQueryListEvent): void {
    drawer.value = !event.matches
    open.value = event.matches && remembered()
  }
  media.addEventListener('change', onChange)

  function set(value: boolean): void {
    open.value = value
    if (!drawer.value) {
      try {
        localStorage.setItem(KEY, value ? 'open' : 'closed')
      } catch {
        // this page only
      }
    }
  }

  return {
    open,
    drawer,
    toggle: () => set(!open.value),
    close: () => set(false),
    closeIfDrawer: () => {
      if (drawer.value) open.value = false
    },
    dispose: () => media.removeEventListener('change', onChange),
  }
}
