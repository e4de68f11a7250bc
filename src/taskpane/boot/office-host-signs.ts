/**
 * Whether an Office application may be hosting this page, read from the same places office.js
 * reads its host from (its `_retrieveHostInfo`): the `_host_Info` query parameter, `hostInfo` in
 * a JSON `window.name`, `hostInfoValue` in session storage, and the host objects desktop Office
 * puts on the window (`window.external.GetHostInfo`/`GetContext`, `agaveHost`), plus the bridges
 * of the webviews Office uses (WebView2's `chrome.webview`, WKWebView's `webkit.messageHandlers`)
 * and any frame (Office on the web hosts add-ins in an iframe).
 *
 * Only a page with none of them is certainly a plain browser tab. That page does not need
 * office.js at all, so it need not wait for it: a hung office.js blocks the page before anything
 * can paint (it is a parser-blocking script in <head>, as Microsoft requires). Any doubt counts
 * as hosted, so Excel always gets office.js exactly as before.
 */
export interface PageSigns {
  readonly search: string;
  readonly windowName: string;
  readonly sessionHostInfo: string | null;
  readonly framed: boolean;
  readonly hostObjects: boolean;
}

export function officeMayHost(signs: PageSigns): boolean {
  if (signs.framed || signs.hostObjects) return true;
  if (/[?&]_host_Info=/.test(signs.search)) return true;
  if (signs.sessionHostInfo) return true;
  return hostInfoInName(signs.windowName);
}

function hostInfoInName(windowName: string): boolean {
  if (!windowName) return false;
  try {
    const parsed: unknown = JSON.parse(windowName);
    return typeof parsed === 'object' && parsed !== null && Boolean((parsed as { hostInfo?: unknown }).hostInfo);
  } catch {
    return false;
  }
}

type LooseWindow = Window & {
  external?: { GetHostInfo?: unknown; GetContext?: unknown };
  agaveHost?: unknown;
  chrome?: { webview?: unknown };
  webkit?: { messageHandlers?: unknown };
};

/** What `read` returns, or `fallback` when reading throws (storage denied, a cross-origin parent). */
function readOr<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** Reads the signs off a real window; whatever cannot be read counts as a sign of a host. */
export function readPageSigns(win: Window): PageSigns {
  const w = win as LooseWindow;
  const external = () => w.external as LooseWindow['external'];
  return {
    search: w.location.search,
    windowName: w.name,
    sessionHostInfo: readOr(() => w.sessionStorage?.getItem('hostInfoValue') ?? null, 'unreadable'),
    framed: readOr(() => w.top !== w.self, true),
    hostObjects: readOr(
      () =>
        typeof external()?.GetHostInfo === 'function' ||
        typeof external()?.GetContext === 'function' ||
        typeof w.agaveHost !== 'undefined' ||
        typeof w.chrome?.webview !== 'undefined' ||
        typeof w.webkit?.messageHandlers !== 'undefined',
      true,
    ),
  };
}
