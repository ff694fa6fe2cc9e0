// Applies the saved theme before first paint; kept in sync with features/theme/theme.ts.
try {
  const theme = localStorage.getItem('sparkloop.theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage can be blocked (private mode, strict settings): the system theme applies.
}
