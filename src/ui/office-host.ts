/**
 * Finds out whether the page runs inside Excel. office.js is loaded from Microsoft's CDN only when
 * Office hosts the page, so the standalone page makes no request outside its own origin; and
 * `Office.onReady` is guarded, because outside Office (or when office.js cannot load) it either
 * throws (no `Office` global) or never resolves (research/officejs.md §4.5).
 */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** office.js that loaded but never reports ready is blocked or broken; give up and run standalone. */
const READY_TIMEOUT_MS = 10_000;

export type HostConnection =
  | { kind: 'excel'; displayLanguage: string; darkTheme: boolean }
  | { kind: 'standalone'; officeUnavailable: boolean };

/**
 * The signals office.js itself reads to find its host (`_retrieveHostInfo` in office.debug.js): the
 * `_host_Info` query parameter, the host info Office leaves in window.name or in session storage
 * after a reload, and the objects desktop hosts inject.
 */
export function isHostedByOffice(win: Window = window): boolean {
  if (new URLSearchParams(win.location.search).has('_host_Info')) return true;
  try {
    if (JSON.parse(win.name)?.hostInfo) return true;
  } catch {
    // window.name is not Office's JSON: no signal there.
  }
  try {
    if (win.sessionStorage.getItem('hostInfoValue')) return true;
  } catch {
    // Storage can be disabled; the other signals still apply.
  }
  const external = (win as { external?: object }).external;
  if (external && ('GetHostInfo' in external || 'GetContext' in external)) return true;
  return 'agaveHost' in win;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(script);
  });
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms));
}

export async function connectHost(): Promise<HostConnection> {
  if (!isHostedByOffice()) return { kind: 'standalone', officeUnavailable: false };
  try {
    await loadScript(OFFICE_JS_URL);
    const info = await Promise.race([Office.onReady(), timeout(READY_TIMEOUT_MS)]);
    if (info.host !== Office.HostType.Excel) return { kind: 'standalone', officeUnavailable: true };
    return {
      kind: 'excel',
      displayLanguage: Office.context.displayLanguage,
      darkTheme: Office.context.officeTheme?.isDarkTheme ?? false,
    };
  } catch {
    return { kind: 'standalone', officeUnavailable: true };
  }
}
