/** Which Fluent theme the pane wears. */
export type PaneTheme = 'light' | 'dark' | 'contrast';

/**
 * The pane follows Office's theme: dark when Office's body background is dark (the Dark Gray
 * and Black themes), light for White and Colorful; Windows high contrast (forced colours) wins
 * over both. Outside Office (the demo) the browser's preference stands in for Office's.
 */
export function paneTheme(input: { readonly forcedColors: boolean; readonly officeBackground?: string | null; readonly prefersDark: boolean }): PaneTheme {
  if (input.forcedColors) return 'contrast';
  const luminance = input.officeBackground ? relativeLuminance(input.officeBackground) : null;
  if (luminance !== null) return luminance < 0.5 ? 'dark' : 'light';
  return input.prefersDark ? 'dark' : 'light';
}

/** "#RRGGBB" or "RRGGBB" (as Office gives it) → 0 (black) … 1 (white); null for anything else. */
function relativeLuminance(color: string): number | null {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (hex === undefined) return null;
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}
