/**
 * Finds out whether the page runs inside Excel, from what `Office.onReady` reports.
 *
 * Two pages share the pane. `taskpane.html`, the add-in's page, references office.js from Microsoft's
 * CDN in its <head>, as Office requires. `index.html`, the standalone page, does not reference it at
 * all, so that nothing leaves the browser. Outside Office, office.js resolves onReady with a null host
 * and the pane runs standalone; when office.js could not load, or never answers (blocked), the pane
 * runs standalone and says so (research/officejs.md §4.5).
 */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** office.js that loaded but never reports ready is blocked or broken; give up and run standalone. */
export const READY_TIMEOUT_MS = 10_000;

export type HostConnection = { kind: 'excel'; displayLanguage: string; darkTheme: boolean } | { kind: 'standalone'; officeUnavailable: boolean };

/** Whether this page references office.js (taskpane.html does, index.html does not). */
export function pageLoadsOffice(doc: Document = document): boolean {
  return Array.from(doc.scripts).some((script) => script.src === OFFICE_JS_URL || /\/office\.js$/.test(script.src));
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms));
}

/** Office's theme is dark when its body background is (Office.context.officeTheme, all Excel platforms). */
export function officeDarkTheme(): boolean {
  const theme = typeof Office === 'undefined' ? undefined : Office.context?.officeTheme;
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(theme.bodyBackgroundColor ?? '');
  return match ? match.slice(1).reduce((sum, hex) => sum + parseInt(hex, 16), 0) < 3 * 128 : false;
}

export async function connectHost(readyTimeoutMs = READY_TIMEOUT_MS): Promise<HostConnection> {
  // No office.js: the standalone page, or the add-in's page where the CDN could not be reached.
  if (typeof Office === 'undefined') return { kind: 'standalone', officeUnavailable: pageLoadsOffice() };
  try {
    const info = await Promise.race([Office.onReady(), timeout(readyTimeoutMs)]);
    if (info.host === Office.HostType.Excel) {
      return { kind: 'excel', displayLanguage: Office.context.displayLanguage, darkTheme: officeDarkTheme() };
    }
    // office.js reports no host: the add-in's page opened in a plain browser.
    return { kind: 'standalone', officeUnavailable: info.host !== null && info.host !== undefined };
  } catch {
    return { kind: 'standalone', officeUnavailable: true };
  }
}

/**
 * Calls `onChange` when Office's theme turns dark or light. Excel has no theme event for task panes
 * (OfficeThemeChanged is Outlook's), so the theme is read again whenever the pane becomes visible or
 * gets the focus, and every few seconds. Returns the function that stops watching.
 */
export function watchOfficeTheme(onChange: (dark: boolean) => void, intervalMs = 3_000): () => void {
  let dark = officeDarkTheme();
  const check = () => {
    const now = officeDarkTheme();
    if (now !== dark) onChange((dark = now));
  };
  const timer = setInterval(check, intervalMs);
  window.addEventListener('focus', check);
  document.addEventListener('visibilitychange', check);
  return () => {
    clearInterval(timer);
    window.removeEventListener('focus', check);
    document.removeEventListener('visibilitychange', check);
  };
}
