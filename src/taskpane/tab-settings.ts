import type { SettingsStore } from '../excel/settings';

/**
 * The demo's stand-in for a workbook's settings: the browser tab's sessionStorage, under the
 * file's hash, so what Excel would keep in the workbook survives a reload of the page (and
 * stays in this tab: nothing is shared with other tabs or sent anywhere). Where the browser
 * refuses storage, the page's memory.
 */
export function tabSettings(fileHash: string): SettingsStore {
  const prefix = `budget-check-demo.${fileHash.slice(0, 16)}.`;
  const memory = new Map<string, string>();
  const storage = (() => {
    try {
      return typeof sessionStorage === 'undefined' ? null : sessionStorage;
    } catch {
      return null;
    }
  })();
  return {
    get: (name) => {
      try {
        return storage?.getItem(prefix + name) ?? memory.get(name) ?? null;
      } catch {
        return memory.get(name) ?? null;
      }
    },
    set: (name, value) => {
      memory.set(name, value);
      try {
        storage?.setItem(prefix + name, value);
      } catch {
        // Full or refused: the page's memory still has it.
      }
    },
    saveAsync: (callback) => callback({}),
  };
}
