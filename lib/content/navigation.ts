/**
 * SPA navigation without polling. WXT's `wxt:locationchange` listens to the Navigation API where
 * the browser has one and otherwise (Firefox ESR) compares `location.href` on a one-second
 * interval, in every calendar tab, for as long as it is open: a repeating timer the page watch
 * never has otherwise; and setting it up is a share of the content script's start-up time on
 * every page view. Both calendars re-render what they show on every navigation
 * (Google flips `data-viewkey`, swaps the grid and the dialogs), which the page watch's one
 * MutationObserver already sees, and each pass reads the URL afresh; what no DOM change reports
 * is a history traversal the page answers from its cache, so Back/Forward (`popstate`) is
 * listened to as well.
 */
export function subscribeHistoryNavigation(
  win: Window,
  signal: AbortSignal,
): (onNavigate: () => void) => void {
  return (onNavigate) => win.addEventListener('popstate', onNavigate, { signal });
}
