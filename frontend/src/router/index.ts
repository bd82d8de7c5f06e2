/** Client routes. The server answers every non-API path with index.html, so deep links work. */
import { createRouter, createWebHistory } from 'vue-router'
import ChatPage from '@/pages/chat/index.vue'
import { useAdminAuthStore } from '@/stores/adminAuth'
import { useAuthStore } from '@/stores/auth'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'chat', component: ChatPage },
    { path: '/keys', name: 'keys', component: () => import('@/pages/keys/index.vue'), meta: { requiresUser: true } },
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
      // The admin console's own sign-in, in the same card layout as the user's.
      path: '/admin/login',
      component: () => import('@/layouts/AuthLayout.vue'),
      meta: { adminGuestOnly: true },
      children: [{ path: '', name: 'admin-login', component: () => import('@/pages/admin/login/index.vue') }],
    },
    {
      path: '/admin',
      component: () => import('@/layouts/AdminLayout.vue'),
      meta: { requiresAdmin: true },
      children: [
        { path: '', name: 'admin', component: () => import('@/pages/admin/dashboard/index.vue') },
        { path: 'channels', name: 'admin-channels', component: () => import('@/pages/admin/channels/index.vue') },
        { path: 'settings', name: 'admin-settings', component: () => import('@/pages/admin/settings/index.vue') },
        { path: 'ips', name: 'admin-ips', component: () => import('@/pages/admin/ips/index.vue') },
        { path: 'logs', name: 'admin-logs', component: () => import('@/pages/admin/logs/index.vue') },
        { path: 'users', name: 'admin-users', component: () => import('@/pages/admin/users/index.vue') },
        { path: 'groups', name: 'admin-groups', component: () => import('@/pages/admin/groups/index.vue') },
        { path: ':rest(.*)', name: 'admin-rest', redirect: { name: 'admin' } },
      ],
    },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/pages/not-found/index.vue') },
  ],
})

router.beforeEach((to) => {
  if (to.matched.some((r) => r.meta.guestOnly) && useAuthStore().signedIn) return { name: 'chat' }
  if (to.matched.some((r) => r.meta.requiresUser) && !useAuthStore().signedIn) return { name: 'login' }
  const admin = useAdminAuthStore()
  if (to.matched.some((r) => r.meta.requiresAdmin) && !admin.signedIn) {
    return { name: 'admin-login', query: to.fullPath === '/admin' ? {} : { redirect: to.fullPath } }
  }
  if (to.matched.some((r) => r.meta.adminGuestOnly) && admin.signedIn) return { name: 'admin' }
  return true
})
