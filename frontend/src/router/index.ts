/** Client routes. The server answers every non-API path with index.html, so deep links work. */
import { createRouter, createWebHistory } from 'vue-router'
import ChatPage from '@/pages/chat/index.vue'
import { useAuthStore } from '@/stores/auth'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'chat', component: ChatPage },
    {
      path: '/',
      component: () => import('@/layouts/AuthLayout.vue'),
      meta: { guestOnly: true },
      children: [
        { path: 'login', name: 'login', component: () => import('@/pages/login/index.vue') },
        { path: 'register', name: 'register', component: () => import('@/pages/register/index.vue') },
      ],
    },
    {
      // Issue 7: the admin console's own sign-in, guard and pages go under this layout.
      path: '/admin',
      component: () => import('@/layouts/AdminLayout.vue'),
      children: [
        { path: '', name: 'admin', component: () => import('@/pages/admin/index.vue') },
        { path: ':rest(.*)', name: 'admin-rest', component: () => import('@/pages/admin/index.vue') },
      ],
    },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/pages/not-found/index.vue') },
  ],
})

router.beforeEach((to) => {
  if (to.matched.some((r) => r.meta.guestOnly) && useAuthStore().signedIn) return { name: 'chat' }
  return true
})
