import { beyondLimit, damaged, READ_LIMITS } from './limits';

/**
 * Just enough of the zip format to read a workbook's parts, with every size bounded: the
 * central directory gives each entry's place and sizes, and an entry is inflated as a stream
 * that stops at the first byte past READ_LIMITS (part size, compression ratio, or more than
 * the directory declared). Inflating uses DecompressionStream, which Node (18+) and browsers
 * share, so the CLI and the browser demo read files the same way.
 */

export interface ZipEntry {
  /** As stored, with "/" separators and no leading "/". */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

export interface ZipArchive {
  readonly bytes: Uint8Array;
  /** Entries by lower-cased name: part names in a package are case-insensitive. */
  readonly entries: ReadonlyMap<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
const CHUNK = 64 * 1024;

const utf8 = new TextDecoder('utf-8');

function u64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('zip64 size out of range');
  return Number(value);
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (bytes[at] === 0x50 && view.getUint32(at, true) === EOCD) return at;
  }
  throw damaged('no zip end of central directory');
}

/** The central directory: where each entry is, and its sizes as declared. */
export function openZip(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const inside = (at: number, length: number) => at >= 0 && length >= 0 && at + length <= bytes.length;
  const eocd = findEndOfCentralDirectory(bytes, view);
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (inside(locator, 20) && view.getUint32(locator, true) === ZIP64_LOCATOR) {
      const at = u64(view, locator + 8);
      if (!inside(at, 56) || view.getUint32(at, true) !== ZIP64_EOCD) throw damaged('bad zip64 end of central directory');
      count = u64(view, at + 32);
      size = u64(view, at + 40);
      offset = u64(view, at + 48);
    }
  }
  if (count > READ_LIMITS.zipEntries) throw beyondLimit('zipEntries', count);
  if (!inside(offset, size)) throw damaged('central directory outside the file');

  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (!inside(at, 46) || view.getUint32(at, true) !== CENTRAL) throw damaged('bad central directory entry');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localOffset = view.getUint32(at + 42, true);
    if (!inside(at + 46, nameLength + extraLength + commentLength)) throw damaged('central directory entry outside the file');
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, '/').replace(/^\/+/, '');
    // Zip64: sizes and offset that did not fit 32 bits are in extra field 0x0001, in this order.
    for (let x = at + 46 + nameLength, end = x + extraLength; x + 4 <= end; ) {
      const id = view.getUint16(x, true);
      const length = view.getUint16(x + 2, true);
      if (id === 0x0001) {
        let y = x + 4;
        const take = () => {
          if (y + 8 > x + 4 + length) throw damaged('short zip64 extra field');
          const value = u64(view, y);
          y += 8;
          return value;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localOffset === 0xffffffff) localOffset = take();
      }
      x += 4 + length;
    }
    const key = name.toLowerCase();
    if (!entries.has(key)) entries.set(key, { name, method, flags, compressedSize, uncompressedSize, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { bytes, entries };
}

export function hasEntry(zip: ZipArchive, name: string): boolean {
  return zip.entries.has(name.toLowerCase());
}

/** The compressed bytes of an entry, located through its local header. */
function entryData(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  const { bytes } = zip;
  const at = entry.localOffset;
  if (at + 30 > bytes.length) throw damaged(`local header of ${entry.name} outside the file`);
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, 30);
  if (view.getUint32(0, true) !== LOCAL) throw damaged(`bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  if (start + entry.compressedSize > bytes.length) throw damaged(`${entry.name} runs past the end of the file`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * An entry's uncompressed bytes, chunk by chunk; throws (UnreadableWorkbookError) as soon as
 * the output passes the part limit, the ratio limit or its declared size.
 */
export async function* entryChunks(zip: ZipArchive, name: string): AsyncGenerator<Uint8Array> {
  const entry = zip.entries.get(name.toLowerCase());
  if (!entry) throw damaged(`missing part ${name}`);
  if (entry.flags & 1) throw damaged(`${entry.name} is encrypted`);
  const { partBytes, compressionRatio, ratioGraceBytes } = READ_LIMITS;
  if (entry.uncompressedSize > partBytes) throw beyondLimit('partBytes', entry.uncompressedSize, entry.name);
  const ratioOf = (bytes: number) => bytes / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > ratioGraceBytes && ratioOf(entry.uncompressedSize) > compressionRatio) {
    throw beyondLimit('compressionRatio', Math.round(ratioOf(entry.uncompressedSize)), entry.name);
  }
  const data = entryData(zip, entry);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw damaged(`stored ${entry.name} with two sizes`);
    for (let at = 0; at < data.length; at += CHUNK) yield data.subarray(at, at + CHUNK);
    return;
  }
  if (entry.method !== 8) throw damaged(`${entry.name}: compression method ${entry.method}`);

  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Fed while read; a reader that stops early cancels the stream, which rejects these writes.
  const feeding = (async () => {
    for (let at = 0; at < data.length; at += CHUNK) await writer.write(data.subarray(at, at + CHUNK) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })();
  feeding.catch(() => undefined);
  let total = 0;
  let finished = false;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = (await reader.read()) as ReadableStreamReadResult<Uint8Array>;
      } catch {
        throw damaged(`${entry.name} does not inflate`);
      }
      if (next.done) break;
      total += next.value.length;
      if (total > partBytes) throw beyondLimit('partBytes', total, entry.name, true);
      if (total > ratioGraceBytes && ratioOf(total) > compressionRatio) throw beyondLimit('compressionRatio', Math.round(ratioOf(total)), entry.name, true);
      if (total > entry.uncompressedSize) throw damaged(`${entry.name} inflates past its declared size`);
      yield next.value;
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
  }
  if (total !== entry.uncompressedSize) throw damaged(`${entry.name} inflates to ${total} bytes, not ${entry.uncompressedSize}`);
}
