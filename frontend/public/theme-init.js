// Apply the saved or system theme before the first paint, so a dark page never flashes white.
// A file rather than an inline <script>: the Content-Security-Policy allows scripts from 'self' only.
try {
  var saved = localStorage.getItem('switchboard.theme')
  var dark = saved === 'dark' || (saved !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches)
  if (dark) document.documentElement.classList.add('dark')
} catch (e) {}
