/**
 * Excel on the web refuses a request or a response over 5 MB ("Payload size limit for
 * requests and responses", Resource limits and performance optimization for Office Add-ins;
 * the same limit is listed for Office Scripts: "Requests and responses are limited to 5MB").
 * The error codes are RequestPayloadSizeLimitExceeded and ResponsePayloadSizeLimitExceeded.
 * One `context.sync()` is one request and one response, so this bounds one sync.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * What one sync aims under, as estimated by the adapters: 80% of the limit. The estimates
 * count our own data exactly but only approximate what Office.js adds around it (object
 * paths, action envelopes, its names for value types), so a fifth is kept in reserve.
 */
export const DEFAULT_SYNC_BUDGET_BYTES = 4_000_000;

/** Bytes of `text` in UTF-8 (a surrogate pair's 4 bytes are counted as 2 + 2 + … = 6, an upper bound). */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 ? 2 : 1;
  }
  return bytes;
}
