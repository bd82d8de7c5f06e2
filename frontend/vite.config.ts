/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'

// Build output goes to OUT_DIR when Maven runs the build (target/classes/public), else dist/.
const backend = process.env.BACKEND_URL ?? 'http://localhost:8000'

export default defineConfig({
  plugins: [vue(), tailwindcss()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: process.env.OUT_DIR || 'dist',
    emptyOutDir: true,
    // ECharts (pie + line, tree-shaken) is ~550 kB minified; it loads only with the admin dashboard.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        manualChunks(id) {
          if (/node_modules\/(markdown-it|mdurl|uc\.micro|linkify-it|punycode|entities|highlight\.js|dompurify|katex)\//.test(id)) return 'markdown'
          if (/node_modules\/(echarts|zrender|tslib)\//.test(id)) return 'echarts'
          if (/node_modules\/(@?vue|vue-router|pinia|vue-i18n|@intlify)/.test(id)) return 'vue'
          return undefined
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/v1': { target: backend, changeOrigin: true },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.spec.ts'],
  },
})
