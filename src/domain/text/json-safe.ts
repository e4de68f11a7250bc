/**
 * JSON for a terminal or a file: JSON.stringify escapes C0 controls already; this escapes the
 * rest of what can hide text (as \u202e …), which JSON allows anywhere in a string.
 */
export function jsonSafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
