/** Where the pane is running. */
export type Environment =
  | { readonly kind: 'excel' }
  /** office.js loaded, but no Office host around it (a plain browser tab). */
  | { readonly kind: 'outside-office' }
  /** office.js never arrived (CDN unreachable or blocked: `Office` is not defined), or never became ready. */
  | { readonly kind: 'office-missing' };

/**
 * How long office.js may take to become ready before the pane says it could not load. Excel
 * is usually ready within a second or two; office.js that loaded only in part never is.
 */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

/**
 * Reports where the pane runs, as soon as that is known. When office.js is slow to become
 * ready the pane first says it could not load (never a blank page), and reports again if
 * Office turns up after all.
 */
export function watchEnvironment(report: (environment: Environment) => void, timeoutMs = OFFICE_READY_TIMEOUT_MS): () => void {
  // outside-excel.html: boot.js found no sign of an Office host, so office.js was never asked for.
  if (typeof document !== 'undefined' && document.documentElement.dataset.office === 'absent') {
    report({ kind: 'outside-office' });
    return () => undefined;
  }
  if (typeof Office === 'undefined') {
    report({ kind: 'office-missing' });
    return () => undefined;
  }
  let active = true;
  const timer = setTimeout(() => active && report({ kind: 'office-missing' }), timeoutMs);
  Office.onReady().then(
    (info) => {
      clearTimeout(timer);
      if (active) report(info.host === Office.HostType.Excel ? { kind: 'excel' } : { kind: 'outside-office' });
    },
    () => {
      clearTimeout(timer);
      if (active) report({ kind: 'office-missing' });
    },
  );
  return () => {
    active = false;
    clearTimeout(timer);
  };
}
