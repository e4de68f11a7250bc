/**
 * Text from a workbook reaches a terminal only neutralised. A cell can hold escape sequences
 * (clear the screen, recolour, move the cursor), carriage returns and bidirectional controls
 * (U+202E reverses what follows), any of which can hide or fake a finding. They are shown
 * instead as visible code points, <U+001B>; nothing else changes.
 */

/** C0 controls but the line feed, DEL, C1 controls, bidi embeddings/overrides/isolates and marks, line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDING = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(ch: string): string {
  return `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** A whole text for the terminal: its own line breaks kept, every other hiding character made visible. */
export function terminalText(text: string): string {
  return text.replace(HIDING, visible);
}

/** One cell of a table or message on one line: a line break inside it shows as ⏎, the rest as terminalText. */
export function terminalCell(text: string): string {
  return terminalText(text.replace(/\r\n|\r|\n/g, '⏎'));
}
