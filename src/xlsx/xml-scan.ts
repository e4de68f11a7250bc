import { beyondLimit, damaged, READ_LIMITS } from './limits';

/**
 * A streaming scanner for the XML of a workbook's parts, over UTF-8 bytes as they inflate.
 * It does what reading a sheet needs and no more, with every size bounded:
 * - elements and attributes by local name (prefixes such as x: are dropped);
 * - text only of the elements a handler asks for, decoded from bytes then (so no string
 *   keeps a whole chunk alive), with the predefined and numeric character references;
 * - comments, processing instructions and CDATA; a document type declaration is refused,
 *   so no entity is ever defined or expanded (no XXE, no billion laughs);
 * - one tag, comment or instruction of at most READ_LIMITS.markupBytes.
 * Malformed markup is an UnreadableWorkbookError, never a hang.
 *
 * A sheet is millions of small tags, so the common path allocates little: names are interned,
 * a tag's attributes are split once into spans, and text in one piece is decoded directly.
 */

export interface XmlTag {
  /** Local name of the element. */
  readonly name: string;
  /** An attribute's value by local name, or null. */
  attr(name: string): string | null;
  /**
   * Where an attribute's raw value lies in `bytes` (from valueStart to valueEnd), for callers
   * that parse numbers or references without making a string; false when absent.
   */
  find(name: string): boolean;
  readonly bytes: Uint8Array;
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface XmlHandler {
  /** Return true to receive the element's text when it closes. The tag is only valid during the call. */
  open(tag: XmlTag, selfClosing: boolean): boolean | void;
  /** `text` is the element's text when open asked for it (null otherwise); `tooLong` when it passed the text limit. */
  close(name: string, text: string | null, tooLong: boolean): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const AMPERSAND = 0x26;
const CR = 0x0d;

const utf8 = new TextDecoder('utf-8');

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** ASCII bytes as a string without a decoder (names, numbers, references). */
function ascii(buf: Uint8Array, start: number, end: number): string {
  // Most are a few characters (a reference, a number), which a loop makes faster than apply().
  if (end - start <= 24) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
    return s;
  }
  let s = '';
  for (let i = start; i < end; i += 4096) s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(end, i + 4096)) as unknown as number[]);
  return s;
}

/** Plain ASCII with nothing to decode or normalise: no references, no carriage returns. */
function isPlain(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b >= 0x80 || b === AMPERSAND || b === CR) return false;
  }
  return true;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces character references; an unknown entity (one only a DTD could define) is refused. */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&]{0,12});?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw damaged('unterminated character reference');
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!/^#(x[0-9a-f]+|\d+)$/i.test(body) || !(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw damaged(`bad character reference &${body};`);
      return String.fromCodePoint(code);
    }
    const named = PREDEFINED[body];
    if (named === undefined) throw damaged(`undefined entity &${body};`);
    return named;
  });
}

/** Text as XML gives it: line ends normalised to \n, references replaced. */
function decodeText(buf: Uint8Array, start: number, end: number): string {
  if (isPlain(buf, start, end)) return ascii(buf, start, end);
  const raw = utf8.decode(buf.subarray(start, end));
  return decodeReferences(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
}

function indexOfSequence(buf: Uint8Array, sequence: readonly number[], from: number): number {
  for (let at = buf.indexOf(sequence[0], from); at >= 0; at = buf.indexOf(sequence[0], at + 1)) {
    if (at + sequence.length > buf.length) return -1;
    let match = true;
    for (let k = 1; k < sequence.length && match; k++) match = buf[at + k] === sequence[k];
    if (match) return at;
  }
  return -1;
}

const COMMENT_END = [0x2d, 0x2d, 0x3e]; // -->
const CDATA_END = [0x5d, 0x5d, 0x3e]; // ]]>
const PI_END = [0x3f, 0x3e]; // ?>
const COMMENT_START = [0x21, 0x2d, 0x2d]; // !--
const CDATA_START = [...'![CDATA['].map((c) => c.charCodeAt(0));

function startsWithAt(buf: Uint8Array, at: number, sequence: readonly number[]): boolean | null {
  for (let k = 0; k < sequence.length; k++) {
    if (at + k >= buf.length) return null;
    if (buf[at + k] !== sequence[k]) return false;
  }
  return true;
}

/** Element names are a few dozen strings used millions of times: made once, found by their bytes. */
class Names {
  private readonly byKey = new Map<number, string>();

  get(buf: Uint8Array, start: number, end: number): string {
    const length = end - start;
    if (length === 0 || length > 32) return ascii(buf, start, end);
    let key = length;
    for (let i = start; i < end; i++) key = (Math.imul(key, 31) + buf[i]) | 0;
    const known = this.byKey.get(key);
    if (known !== undefined && known.length === length) {
      let same = true;
      for (let k = 0; k < length && same; k++) same = known.charCodeAt(k) === buf[start + k];
      if (same) return known;
    }
    const name = ascii(buf, start, end);
    if (this.byKey.size < 4096) this.byKey.set(key, name);
    return name;
  }
}

/** The tag the handler sees: one reused object pointing into the current buffer. */
class TagView implements XmlTag {
  name = '';
  bytes: Uint8Array = new Uint8Array(0);
  valueStart = 0;
  valueEnd = 0;
  private from = 0;
  private to = 0;
  /** Per attribute: local name start, name end, value start, value end; split on first use. */
  private spans = new Int32Array(64);
  private count = -1;

  reset(buf: Uint8Array, name: string, from: number, to: number): void {
    this.bytes = buf;
    this.name = name;
    this.from = from;
    this.to = to;
    this.count = -1;
  }

  private split(): void {
    const buf = this.bytes;
    const end = this.to;
    let i = this.from;
    let n = 0;
    for (;;) {
      while (i < end && isSpace(buf[i])) i++;
      if (i >= end) break;
      let localStart = i;
      while (i < end && buf[i] !== EQUALS && !isSpace(buf[i])) {
        if (buf[i] === COLON) localStart = i + 1;
        i++;
      }
      const nameEnd = i;
      while (i < end && isSpace(buf[i])) i++;
      if (i >= end || buf[i] !== EQUALS) throw damaged('attribute without a value');
      i++;
      while (i < end && isSpace(buf[i])) i++;
      const quote = buf[i];
      if (quote !== 0x22 && quote !== 0x27) throw damaged('unquoted attribute value');
      const valueEnd = buf.indexOf(quote, i + 1);
      if (valueEnd < 0 || valueEnd >= end) throw damaged('unterminated attribute value');
      if ((n + 1) * 4 > this.spans.length) {
        const grown = new Int32Array(this.spans.length * 2);
        grown.set(this.spans);
        this.spans = grown;
      }
      this.spans[n * 4] = localStart;
      this.spans[n * 4 + 1] = nameEnd;
      this.spans[n * 4 + 2] = i + 1;
      this.spans[n * 4 + 3] = valueEnd;
      n++;
      i = valueEnd + 1;
    }
    this.count = n;
  }

  find(wanted: string): boolean {
    if (this.count < 0) this.split();
    const { bytes, spans } = this;
    for (let a = 0; a < this.count; a++) {
      const start = spans[a * 4];
      if (spans[a * 4 + 1] - start !== wanted.length) continue;
      let same = true;
      for (let k = 0; k < wanted.length && same; k++) same = bytes[start + k] === wanted.charCodeAt(k);
      if (!same) continue;
      this.valueStart = spans[a * 4 + 2];
      this.valueEnd = spans[a * 4 + 3];
      return true;
    }
    return false;
  }

  attr(wanted: string): string | null {
    if (!this.find(wanted)) return null;
    const { bytes, valueStart, valueEnd } = this;
    if (isPlain(bytes, valueStart, valueEnd)) return ascii(bytes, valueStart, valueEnd);
    return decodeReferences(utf8.decode(bytes.subarray(valueStart, valueEnd)));
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function joinBytes(list: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(list.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of list) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/** The end (exclusive) of a start or end tag from `<`, skipping quoted values; -1 when the buffer ends first. */
function tagEnd(buf: Uint8Array, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < buf.length; i++) {
    const b = buf[i];
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === GT) return i + 1;
    else if (b === 0x22 || b === 0x27) quote = b;
    else if (b === LT) throw damaged('"<" inside a tag');
  }
  return -1;
}

/** Where the element's name ends and its local part starts. */
function nameBounds(buf: Uint8Array, from: number, end: number): [number, number] {
  let i = from;
  let localStart = from;
  while (i < end && !isSpace(buf[i]) && buf[i] !== SLASH && buf[i] !== GT) {
    if (buf[i] === COLON) localStart = i + 1;
    i++;
  }
  if (i === from) throw damaged('element without a name');
  return [localStart, i];
}

/**
 * The text being kept for an element: usually one range of one buffer (decoded directly);
 * pieces across chunks, or around CDATA, are collected and joined.
 */
class TextBuffer {
  active = false;
  tooLong = false;
  private size = 0;
  private buf: Uint8Array | null = null;
  private start = 0;
  private end = 0;
  private pieces: { bytes: Uint8Array; literal: boolean }[] | null = null;

  constructor(private readonly limit: number) {}

  begin(): void {
    this.active = true;
    this.tooLong = false;
    this.size = 0;
    this.buf = null;
    this.pieces = null;
  }

  keep(buf: Uint8Array, start: number, end: number, literal = false): void {
    if (this.tooLong || end <= start) return;
    this.size += end - start;
    if (this.size > this.limit) {
      this.tooLong = true;
      this.buf = null;
      this.pieces = null;
      return;
    }
    if (this.buf === null && this.pieces === null && !literal) {
      this.buf = buf;
      this.start = start;
      this.end = end;
      return;
    }
    if (this.pieces === null) {
      this.pieces = [];
      if (this.buf !== null) this.pieces.push({ bytes: this.buf.subarray(this.start, this.end), literal: false });
      this.buf = null;
    }
    this.pieces.push({ bytes: buf.subarray(start, end), literal });
  }

  take(): string {
    this.active = false;
    if (this.buf !== null) {
      const text = decodeText(this.buf, this.start, this.end);
      this.buf = null;
      return text;
    }
    const pieces = this.pieces ?? [];
    this.pieces = null;
    let text = '';
    // Neighbouring pieces of one kind are joined before decoding: a chunk may end inside a character.
    for (let i = 0; i < pieces.length; ) {
      let j = i + 1;
      while (j < pieces.length && pieces[j].literal === pieces[i].literal) j++;
      const bytes = j - i === 1 ? pieces[i].bytes : joinBytes(pieces.slice(i, j).map((p) => p.bytes));
      text += pieces[i].literal ? utf8.decode(bytes) : decodeText(bytes, 0, bytes.length);
      i = j;
    }
    return text;
  }
}

/**
 * Runs the handler over the document in `chunks`. `textLimitBytes` bounds what is kept of one
 * element's text; beyond it the text is dropped and close() is told it was too long.
 */
export async function scanXml(chunks: AsyncIterable<Uint8Array>, handler: XmlHandler, textLimitBytes: number): Promise<void> {
  const tag = new TagView();
  const names = new Names();
  const text = new TextBuffer(textLimitBytes);
  let depth = 0;
  /** Depth of the element whose text is being kept, or -1. */
  let captureDepth = -1;
  let carry: Uint8Array | null = null;

  for await (const chunk of chunks) {
    const buf: Uint8Array = carry ? concat(carry, chunk) : chunk;
    carry = null;
    let pos = 0;
    while (pos < buf.length) {
      const lt = buf.indexOf(LT, pos);
      if (captureDepth >= 0) text.keep(buf, pos, lt < 0 ? buf.length : lt);
      if (lt < 0) break;
      const next = buf[lt + 1];
      let end = -1;
      if (next === undefined) {
        end = -1;
      } else if (next === BANG) {
        const comment = startsWithAt(buf, lt + 1, COMMENT_START);
        const cdata = comment ? false : startsWithAt(buf, lt + 1, CDATA_START);
        if (comment === null || cdata === null) end = -1;
        else if (comment) {
          const close = indexOfSequence(buf, COMMENT_END, lt + 4);
          end = close < 0 ? -1 : close + 3;
        } else if (cdata) {
          const close = indexOfSequence(buf, CDATA_END, lt + 9);
          if (close >= 0) {
            // CDATA is literal: no references in it to decode.
            if (captureDepth >= 0) text.keep(buf, lt + 9, close, true);
            end = close + 3;
          }
        } else {
          throw damaged('a document type declaration (DTD) is not allowed in a workbook');
        }
      } else if (next === QUESTION) {
        const close = indexOfSequence(buf, PI_END, lt + 2);
        end = close < 0 ? -1 : close + 2;
      } else {
        end = tagEnd(buf, lt);
        if (end >= 0) {
          if (next === SLASH) {
            const [localStart, nameEnd] = nameBounds(buf, lt + 2, end - 1);
            const name = names.get(buf, localStart, nameEnd);
            depth--;
            if (depth < 0) throw damaged(`unexpected </${name}>`);
            if (captureDepth === depth) {
              captureDepth = -1;
              const tooLong = text.tooLong;
              const value = text.take();
              handler.close(name, tooLong ? null : value, tooLong);
            } else {
              handler.close(name, null, false);
            }
          } else {
            const selfClosing = buf[end - 2] === SLASH;
            const [localStart, nameEnd] = nameBounds(buf, lt + 1, end - 1);
            const name = names.get(buf, localStart, nameEnd);
            tag.reset(buf, name, nameEnd, selfClosing ? end - 2 : end - 1);
            const wants = handler.open(tag, selfClosing) === true;
            if (selfClosing) {
              handler.close(name, wants ? '' : null, false);
            } else {
              if (wants && captureDepth < 0) {
                captureDepth = depth;
                text.begin();
              }
              depth++;
            }
          }
        }
      }
      if (end < 0) {
        carry = buf.subarray(lt);
        if (carry.length > READ_LIMITS.markupBytes) throw beyondLimit('markupBytes', carry.length, undefined, true);
        break;
      }
      pos = end;
    }
  }
  if (carry) throw damaged('the XML ends inside a tag');
  if (depth !== 0) throw damaged('the XML ends before its elements close');
}
