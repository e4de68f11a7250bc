/**
 * The task pane's production bundle: what taskpane.html loads at start (the initial JS) and
 * what is loaded later (lazy chunks), raw and gzip, and which chunks hold ExcelJS. With the
 * build's stats the ExcelJS check is by module path; without them (--skip-build) it falls back
 * to looking for ExcelJS's own identifiers in the files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = 'dist';

export interface ChunkFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly containsExcelJs: boolean;
}

export interface BundleResult {
  readonly source: 'build-stats' | 'dist-scan';
  readonly buildMs: number | null;
  readonly initial: readonly ChunkFile[];
  readonly initialBytes: number;
  readonly initialGzipBytes: number;
  readonly lazy: readonly (ChunkFile & { readonly chunkNames: readonly string[] })[];
  readonly totalBytes: number;
  readonly totalGzipBytes: number;
}

interface StatsModule {
  readonly name?: string;
  readonly identifier?: string;
  readonly modules?: readonly StatsModule[];
}

interface StatsChunk {
  readonly files?: readonly string[];
  readonly names?: readonly string[];
  readonly initial?: boolean;
  readonly modules?: readonly StatsModule[];
}

interface Stats {
  readonly chunks?: readonly StatsChunk[];
  readonly children?: readonly Stats[];
  readonly name?: string;
}

const EXCELJS_MODULE = /node_modules[\\/]exceljs[\\/]/;
/** Identifiers that survive minification in ExcelJS's code (sheet XML part names and its classes' messages). */
const EXCELJS_SIGNATURES = ['xl/worksheets/sheet', 'sharedStrings.xml', 'exceljs'];

function hasExcelJs(modules: readonly StatsModule[] | undefined): boolean {
  return (modules ?? []).some((m) => EXCELJS_MODULE.test(m.identifier ?? m.name ?? '') || hasExcelJs(m.modules));
}

function sized(file: string, containsExcelJs: boolean): ChunkFile {
  const bytes = readFileSync(join(DIST, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(new Uint8Array(bytes), { level: 9 }).length, containsExcelJs };
}

/** Script files taskpane.html loads itself (Office.js comes from Microsoft's CDN and is not ours). */
function initialScripts(): string[] {
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  // The production page is minified: attribute values may come without quotes.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]).filter((src) => !/^https?:/.test(src));
}

function jsFiles(): string[] {
  return readdirSync(DIST).filter((f) => f.endsWith('.js'));
}

/** Builds the pane for production with stats, or reads dist/ as it is. */
export function measureBundle(build: boolean): BundleResult {
  let stats: Stats | null = null;
  let buildMs: number | null = null;
  if (build) {
    const statsFile = join(tmpdir(), 'budget-check-taskpane-stats.json');
    const start = performance.now();
    const result = spawnSync('npx', ['webpack', '--mode', 'production', '--config-name', 'taskpane', '--json', statsFile], { encoding: 'utf8' });
    buildMs = performance.now() - start;
    if (result.status !== 0) throw new Error(`taskpane build failed: ${result.stderr.slice(0, 2000)}`);
    const parsed = JSON.parse(readFileSync(statsFile, 'utf8')) as Stats;
    stats = parsed.children?.find((c) => c.name === 'taskpane') ?? parsed;
  }
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: build the pane first');

  const initialFiles = initialScripts();
  const chunks = stats?.chunks ?? [];
  const excelJsIn = (file: string) => {
    const chunk = chunks.find((c) => c.files?.includes(file));
    if (chunk) return hasExcelJs(chunk.modules);
    const text = readFileSync(join(DIST, file), 'utf8');
    return EXCELJS_SIGNATURES.some((s) => text.includes(s));
  };
  const initial = initialFiles.map((file) => sized(file, excelJsIn(file)));
  const lazy = jsFiles()
    .filter((file) => !initialFiles.includes(file))
    .map((file) => ({ ...sized(file, excelJsIn(file)), chunkNames: chunks.find((c) => c.files?.includes(file))?.names ?? [] }));
  const sum = (files: readonly ChunkFile[], key: 'bytes' | 'gzipBytes') => files.reduce((n, f) => n + f[key], 0);
  return {
    source: stats ? 'build-stats' : 'dist-scan',
    buildMs,
    initial,
    initialBytes: sum(initial, 'bytes'),
    initialGzipBytes: sum(initial, 'gzipBytes'),
    lazy,
    totalBytes: sum(initial, 'bytes') + sum(lazy, 'bytes'),
    totalGzipBytes: sum(initial, 'gzipBytes') + sum(lazy, 'gzipBytes'),
  };
}
