/**
 * Text normalisation shared by reading and classification. Real sheets mix full-width and
 * half-width forms and stray spaces; matching always happens on this form.
 */

/** NFKC, trimmed, inner whitespace (including full-width spaces and line breaks) collapsed to one space. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** normalizeText without any whitespace, lower-cased: for matching labels and synonyms. */
export function matchKey(text: string): string {
  return normalizeText(text).replace(/\s+/g, '').toLowerCase();
}
