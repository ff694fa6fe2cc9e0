// Applies the saved theme before first paint; kept in sync with features/theme/theme.ts.
(function () {
  try {
    var theme = window.localStorage.getItem('sparkloop.theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch (e) {
    // Storage can be blocked (private mode, strict settings): fall back to the system theme.
  }
})();
