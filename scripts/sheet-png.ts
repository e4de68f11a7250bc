/**
 * A SheetModel as a reader sees it on paper: written to .xlsx, printed to PDF by LibreOffice
 * (the model's print setup: A4 landscape, fit to width, title rows repeated), pages rasterised
 * with pdftoppm (poppler-utils) and stacked into one PNG, the white space under each page
 * trimmed. Used by the render-*-png scripts for the pictures in the README.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { SheetModel } from '../src/domain/model/sheet-model';
import { writeSheetModel } from '../src/xlsx/write-sheet-model';
import { libreOfficePdf } from '../test/helpers/libreoffice';

const DPI = '110';
/** White kept under a page's last printed row, in pixels. */
const PAGE_GAP = 24;

interface Image {
  readonly width: number;
  readonly height: number;
  /** RGB, 3 bytes per pixel, row-major. */
  readonly rgb: Uint8Array;
}

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** A binary PPM (P6, maxval 255) as pdftoppm writes it. */
function readPpm(file: string): Image {
  const data = Uint8Array.from(readFileSync(file));
  const tokens: string[] = [];
  let i = 0;
  while (tokens.length < 4) {
    while (isSpace(data[i])) i++;
    let token = '';
    while (!isSpace(data[i])) token += String.fromCharCode(data[i++]);
    tokens.push(token);
  }
  const [magic, width, height, maxval] = tokens;
  if (magic !== 'P6' || maxval !== '255') throw new Error(`${file}: not an 8-bit binary PPM`);
  return { width: Number(width), height: Number(height), rgb: data.subarray(i + 1) };
}

/** The page without the white space under its last printed row (keeping a small margin). */
function trimBottom(page: Image): Image {
  const stride = page.width * 3;
  let last = page.height - 1;
  while (last > 0 && page.rgb.subarray(last * stride, (last + 1) * stride).every((v) => v === 0xff)) last--;
  const height = Math.min(page.height, last + 1 + PAGE_GAP);
  return { width: page.width, height, rgb: page.rgb.subarray(0, height * stride) };
}

/** Pages one under the other on white, separated by a thin grey rule. */
function stack(pages: readonly Image[]): Image {
  const width = Math.max(...pages.map((p) => p.width));
  const height = pages.reduce((h, p) => h + p.height, 0) + (pages.length - 1);
  const rgb = new Uint8Array(width * height * 3).fill(0xc0);
  let top = 0;
  for (const page of pages) {
    for (let y = 0; y < page.height; y++) {
      rgb.fill(0xff, (top + y) * width * 3, (top + y + 1) * width * 3);
      rgb.set(page.rgb.subarray(y * page.width * 3, (y + 1) * page.width * 3), (top + y) * width * 3);
    }
    top += page.height + 1;
  }
  return { width, height, rgb };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function uint32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0);
  return out;
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const typed = concat([new TextEncoder().encode(type), body]);
  return concat([uint32(body.length), typed, uint32(crc32(typed))]);
}

/** An 8-bit RGB PNG, no filtering (filter byte 0 on every scanline). */
function encodePng(image: Image): Uint8Array {
  const ihdr = concat([uint32(image.width), uint32(image.height), Uint8Array.from([8, 2, 0, 0, 0])]);
  const stride = image.width * 3;
  const raw = new Uint8Array((stride + 1) * image.height);
  for (let y = 0; y < image.height; y++) raw.set(image.rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const signature = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return concat([signature, chunk('IHDR', ihdr), chunk('IDAT', Uint8Array.from(deflateSync(raw, { level: 9 }))), chunk('IEND', new Uint8Array(0))]);
}

/** Renders `model` to a PNG at `out`; returns the number of printed pages. */
export async function renderSheetPng(model: SheetModel, out: string): Promise<number> {
  const pdf = await libreOfficePdf(await writeSheetModel(model));
  const work = mkdtempSync(join(tmpdir(), 'sheet-png-'));
  try {
    writeFileSync(join(work, 'sheet.pdf'), pdf);
    try {
      execFileSync('pdftoppm', ['-r', DPI, join(work, 'sheet.pdf'), join(work, 'page')]);
    } catch (error) {
      throw new Error('pdftoppm failed (is poppler-utils installed? apt-get install -y poppler-utils)', { cause: error });
    }
    const pages = readdirSync(work)
      .filter((f) => f.startsWith('page') && f.endsWith('.ppm'))
      .sort()
      .map((f) => trimBottom(readPpm(join(work, f))));
    writeFileSync(out, encodePng(stack(pages)));
    return pages.length;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
