/**
 * The lines to draw, with the tab stop among them wherever the list is scrolled: the finding that
 * holds the focus stays in the page, so scrolling or lines settling around it never drop the
 * focus (Enter still activates it), and Tab always finds the list's one stop.
 */
export function withLine(indexes: number[], line: number | null): number[] {
  if (line === null || indexes.includes(line)) return indexes;
  return [...indexes, line].sort((a, b) => a - b);
}

/** The first and last line of the window in view: the tab stop, drawn away from it, aside. */
export function windowOf(items: readonly { readonly index: number }[], kept: number | null): [number, number] {
  const inWindow = items.filter((item, k) => item.index !== kept || items[k - 1]?.index === kept - 1 || items[k + 1]?.index === kept + 1);
  return inWindow.length === 0 ? [0, -1] : [inWindow[0].index, inWindow[inWindow.length - 1].index];
}
