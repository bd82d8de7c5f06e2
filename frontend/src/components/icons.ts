/** Stroke icon paths on a 24px grid (lucide-style), inlined so the bundle needs no icon font. */
export const ICON_PATHS = {
  plus: ['M12 5v14', 'M5 12h14'],
  send: ['M12 19V5', 'm5 12 7-7 7 7'],
  stop: ['M7 7h10v10H7z'],
  copy: ['M9 9h11v11H9z', 'M5 15H4V4h11v1'],
  check: ['m5 12 5 5L20 7'],
  refresh: ['M3 12a9 9 0 0 1 15.5-6.3L21 8', 'M21 3v5h-5', 'M21 12a9 9 0 0 1-15.5 6.3L3 16', 'M3 21v-5h5'],
  sun: ['M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z', 'M12 2v2', 'M12 20v2', 'm4.9 4.9 1.4 1.4', 'm17.7 17.7 1.4 1.4', 'M2 12h2', 'M20 12h2', 'm4.9 19.1 1.4-1.4', 'm17.7 6.3 1.4-1.4'],
  moon: ['M20 14.5A8 8 0 1 1 9.5 4 6.5 6.5 0 0 0 20 14.5z'],
  monitor: ['M3 4h18v12H3z', 'M8 20h8', 'M12 16v4'],
  languages: ['m5 8 6 6', 'm4 14 6-6 2-3', 'M2 5h12', 'M7 2h1', 'm22 22-5-10-5 10', 'M14 18h6'],
  chevronDown: ['m6 9 6 6 6-6'],
  chevronRight: ['m9 6 6 6-6 6'],
  logOut: ['M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4', 'm16 17 5-5-5-5', 'M21 12H9'],
  logIn: ['M15 3h4a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-4', 'm10 17 5-5-5-5', 'M15 12H3'],
  brain: ['M12 5a3 3 0 1 0-5.8 1A4 4 0 0 0 4 13a4 4 0 0 0 4 6 3 3 0 0 0 4-1V5z', 'M12 5a3 3 0 1 1 5.8 1A4 4 0 0 1 20 13a4 4 0 0 1-4 6 3 3 0 0 1-4-1'],
  close: ['M18 6 6 18', 'm6 6 12 12'],
  alert: ['M12 3 2 21h20L12 3z', 'M12 10v4', 'M12 17.5v.5'],
  clock: ['M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z', 'M12 7v5l3 2'],
  cloudOff: ['m2 2 20 20', 'M5.8 8.8A5 5 0 0 0 7 19h10', 'M21 15.5A4.5 4.5 0 0 0 17.5 9h-1A7 7 0 0 0 9.6 4.6'],
  eye: ['M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z', 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z'],
  eyeOff: ['m2 2 20 20', 'M6.7 6.7C3.8 8.4 2 12 2 12s3.5 7 10 7a9.7 9.7 0 0 0 5.3-1.6', 'M10.7 5.1A9 9 0 0 1 12 5c6.5 0 10 7 10 7a17 17 0 0 1-2.2 3.2'],
  arrowDown: ['M12 5v14', 'm19 12-7 7-7-7'],
  arrowLeft: ['M19 12H5', 'm12 19-7-7 7-7'],
  shield: ['M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10z'],
} satisfies Record<string, string[]>

export type IconName = keyof typeof ICON_PATHS
