/**
 * The height of a virtualised list's scroll box: its content's (estimated, then measured) height
 * plus room for a horizontal scroll bar, capped by the box's CSS max-height. A box sized by its
 * content alone would start 0 px high, and a virtualiser renders only what fits its box: nothing.
 */
export function boxHeight(contentPx: number): string {
  return `${Math.ceil(contentPx) + SCROLLBAR_PX}px`;
}

/** Room for a horizontal scroll bar (Chromium's is 15 px), so the last row is not hidden under it. */
const SCROLLBAR_PX = 16;
