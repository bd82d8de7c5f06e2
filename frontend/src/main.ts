/** Entry point: plugins, preferences, the 401 rule, then mount. */
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { setUnauthorizedHandler } from './http/client'
import { i18n } from './i18n'
import { router } from './router'
import { useAuthStore } from './stores/auth'
import { usePreferencesStore } from './stores/preferences'
import './style.css'

const app = createApp(App).use(createPinia()).use(i18n).use(router)

usePreferencesStore()
const auth = useAuthStore()
setUnauthorizedHandler(() => auth.signOut())
void auth.loadMe()

app.mount('#app')
