import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import { unzip, zip } from '../helpers/zip-writer';

/**
 * The fuzzer: real workbooks mutated at random (fixed seed, so a failure is a case number to
 * replay) and run through the CLI in process. Two kinds of mutation:
 * - bytes of the zip itself (flips, cuts, copies, zeroed runs): mostly damaged archives;
 * - bytes of one XML part, zipped again: damaged XML, and hostile pieces spliced in (far cells,
 *   huge merges, entities, escapes, odd numbers), which reach the reader and the engine.
 * A case passes when the CLI ends with exit 0, 1 or 2 and no internal error (a stack trace).
 * `npm test` runs a fixed number (test/fuzz/fuzz.test.ts); `npm run fuzz` as many as asked.
 */

const ROOT = join(__dirname, '..', '..');
const SEED_DIRS = [join(ROOT, 'samples'), join(ROOT, 'test', 'fixtures', 'sheets')];

/** xorshift32: small, fast, and the same sequence on every machine. */
export function random(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

const SPLICES = [
  '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="B2:C3"/><mergeCell ref="B2:B9"/>',
  '<c r="A1" t="s"><v>99999999</v></c>',
  '<c r="B4"><v>1e308</v></c>',
  '<c r="B4"><v>-0</v></c>',
  '<c r="B4"><v>NaN</v></c>',
  '<c r="C4"><f>SUM(A1:XFD1048576)</f></c>',
  '<c r="C4" t="shared"><f t="shared" si="0"/></c>',
  '<c r="D4" t="inlineStr"><is><t>_x001B_[2J&#x202E;</t></is></c>',
  '<c r="D4" t="e"><v>#REF!</v></c>',
  '<c r="D4" t="d"><v>2024-04-01T00:00:00</v></c>',
  '&amp;&lt;&#0;&#xD800;&unknown;',
  '<![CDATA[<c>]]>',
  '<!-- -->',
  '<?pi?>',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<row r="0">',
  '<row>',
  '<c>',
  '</c>',
  '"',
  '>',
  '<',
  '<col min="1" max="16384" hidden="1"/>',
  '<sheet name="x" sheetId="9" r:id="rId1"/>',
];

const PARTS = /^xl\/(worksheets\/sheet\d+|sharedStrings|styles|workbook)\.xml$|^xl\/_rels\/workbook\.xml\.rels$|^_rels\/\.rels$/;

function mutateBytes(bytes: Uint8Array, next: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(next() * n);
  const out = bytes.slice();
  switch (pick(4)) {
    case 0: {
      for (let k = 1 + pick(8); k > 0; k--) out[pick(out.length)] = pick(256);
      return out;
    }
    case 1:
      return out.slice(0, pick(out.length));
    case 2: {
      const from = pick(out.length);
      const length = 1 + pick(Math.min(4096, out.length - from));
      const at = pick(out.length);
      const copy = new Uint8Array(out.length + length);
      copy.set(out.subarray(0, at));
      copy.set(out.subarray(from, from + length), at);
      copy.set(out.subarray(at), at + length);
      return copy;
    }
    default: {
      const from = pick(out.length);
      out.fill(0, from, from + 1 + pick(64));
      return out;
    }
  }
}

function mutatePart(bytes: Uint8Array, next: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(next() * n);
  const entries = unzip(bytes);
  const candidates = entries.filter((e) => PARTS.test(e.name));
  if (candidates.length === 0) return mutateBytes(bytes, next);
  const target = candidates[pick(candidates.length)];
  let text = new TextDecoder().decode(target.data);
  for (let k = 1 + pick(3); k > 0; k--) {
    const at = pick(text.length + 1);
    switch (pick(4)) {
      case 0:
        text = text.slice(0, at) + SPLICES[pick(SPLICES.length)] + text.slice(at);
        break;
      case 1:
        text = text.slice(0, at) + text.slice(at + 1 + pick(200));
        break;
      case 2: {
        const from = pick(text.length);
        text = text.slice(0, at) + text.slice(from, from + 1 + pick(500)) + text.slice(at);
        break;
      }
      default:
        text = text.slice(0, at) + String.fromCharCode(pick(0x3000)) + text.slice(at + 1);
    }
  }
  return zip(entries.map((e) => (e === target ? { name: e.name, data: text } : e)));
}

export interface FuzzFailure {
  readonly index: number;
  readonly seedFile: string;
  readonly code: number;
  readonly stderr: string;
  readonly bytes: Uint8Array;
}

export interface FuzzResult {
  readonly cases: number;
  readonly byExit: Record<number, number>;
  readonly slowestMs: number;
  readonly failures: FuzzFailure[];
}

/** Runs `cases` mutated workbooks from `seed`; every `submitEvery`th accepted one also goes through submit. */
export async function fuzzCli(seed: number, cases: number, submitEvery = 10): Promise<FuzzResult> {
  const seeds = SEED_DIRS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.xlsx')).map((f) => join(d, f)));
  const originals = seeds.map((f) => new Uint8Array(readFileSync(f)));
  const next = random(seed);
  const dir = mkdtempSync(join(tmpdir(), 'budget-fuzz-'));
  const byExit: Record<number, number> = {};
  const failures: FuzzFailure[] = [];
  let slowestMs = 0;
  try {
    for (let index = 0; index < cases; index++) {
      const which = Math.floor(next() * seeds.length);
      const bytes = next() < 0.3 ? mutateBytes(originals[which], next) : mutatePart(originals[which], next);
      const file = join(dir, `case-${index}.xlsx`);
      writeFileSync(file, bytes);
      const commands = [['check', file]];
      const err: string[] = [];
      const start = performance.now();
      let code = await runCli(commands[0], { stdout: () => undefined, stderr: (t) => err.push(t) });
      if ((code === 0 || code === 1) && index % submitEvery === 0) {
        code = await runCli(['submit', file, '--out', join(dir, `case-${index}.out.xlsx`), '--force'], { stdout: () => undefined, stderr: (t) => err.push(t) });
      }
      slowestMs = Math.max(slowestMs, performance.now() - start);
      byExit[code] = (byExit[code] ?? 0) + 1;
      const stderr = err.join('');
      if (![0, 1, 2].includes(code) || stderr.includes('internal error') || /\n\s+at .+:\d+:\d+/.test(stderr)) {
        failures.push({ index, seedFile: seeds[which], code, stderr, bytes });
      }
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { cases, byExit, slowestMs, failures };
}
