/**
 * Errors the Office adapters throw reach the user as they are, so each one says what
 * happened in Japanese and in English, followed by the host's own reason.
 */
export function bilingualError(ja: string, en: string, cause?: unknown): Error {
  const reason = cause === undefined ? '' : ` [${describeCause(cause)}]`;
  return new Error(`${ja} / ${en}${reason}`, cause === undefined ? undefined : { cause });
}

/** Office.js errors carry a `code` (e.g. "ItemNotFound") that is more telling than the message. */
export function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' && code !== '' && !cause.message.includes(code) ? `${code}: ${cause.message}` : cause.message;
  }
  return String(cause);
}
