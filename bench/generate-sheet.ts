/**
 * Deterministic ministry worksheets for the benchmark: the same seed gives the same sheet,
 * byte for byte, on every machine (a seeded PRNG, never Math.random).
 *
 * Two layouts, as real requests come:
 * - 'split-thousand' (厚労 style, 千円): a two-row header with 「統合プロジェクト別内訳」 merged
 *   over one amount column per project; each 事業's 計 split across one to three projects.
 * - 'label-million' (文科 style, 百万円 with one decimal): a one-row header with units in the
 *   headers and a 統合プロジェクト label column (「医薬品PJ」「④⑤」 …), plus 重点領域.
 * Both have a title naming the year, 小計 rows every ~20 事業 and a 合計 (with SUM formulas
 * and their cached results), 疾患領域 and 開発目的 tags, a 増減 column written with △, some
 * amounts typed as text (commas, full-width digits), "-" and blanks, a blank row now and
 * then, and a note below the table. Vocabulary comes from the policy pack.
 */
import ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetGrid } from '../src/domain/model/grid';
import { a1, columnLetter } from '../src/domain/model/grid';
import type { PolicyPack, Project } from '../src/domain/policy/schema';

export type SheetLayout = 'split-thousand' | 'label-million';

export interface GenerateOptions {
  /** 事業 (data) rows; 小計/合計, blank and note rows come on top. */
  readonly rows: number;
  readonly layout: SheetLayout;
  readonly pack: PolicyPack;
  readonly seed?: number;
}

export interface GeneratedSheet {
  readonly grid: SheetGrid;
  readonly layout: SheetLayout;
  readonly dataRows: number;
  readonly subtotalRows: number;
  /** Sum over the data rows, in yen, of 要求・要望額 (計), 要求額 and 前年度予算額. */
  readonly expectedYen: { readonly total: number; readonly request: number; readonly previous: number };
}

export const DEFAULT_SEED = 20240626;

/** mulberry32: tiny, fast, and the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Dice {
  constructor(private readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** `count` distinct items, in the list's order. */
  some<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i]);
  }
}

const QUALIFIERS = ['革新的', '次世代', '先進的', '戦略的', '統合的', '新たな', '', '', ''];
const SUFFIXES = ['研究開発事業', '実用化研究事業', '研究事業', '開発推進事業', '基盤整備事業', '実用化推進事業', '創出事業', '研究開発推進事業'];
const DEPARTMENTS = [
  '医政局研究開発政策課',
  '健康・生活衛生局がん・疾病対策課',
  '健康・生活衛生局感染症対策部',
  '医薬局医薬品審査管理課',
  '老健局老人保健課',
  '研究振興局ライフサイエンス課',
  '研究振興局研究振興戦略官付',
  '商務・サービスグループヘルスケア産業課',
  '大臣官房厚生科学課',
];
const NOTE = '※計数はそれぞれ四捨五入しているため、端数において合計と一致しない場合がある。';

interface Vocabulary {
  readonly projects: readonly Project[];
  readonly diseaseAreas: readonly string[];
  readonly purposes: readonly string[];
  readonly priorityAreas: readonly string[];
  readonly amed: string;
  readonly inhouse: string;
}

function vocabulary(pack: PolicyPack): Vocabulary {
  const { diseaseAreas, purposes, categories } = pack.vocabularies;
  const category = (id: string) => categories.find((c) => c.id === id)?.aliases[0] ?? id;
  return {
    projects: pack.projects,
    // その他 is what a sheet leaves blank rather than writes.
    diseaseAreas: diseaseAreas.filter((d) => d !== diseaseAreas[diseaseAreas.length - 1]).map((d) => d.name),
    purposes: purposes.map((p) => p.name),
    // The classifier reads brackets, 「」, colons and spaces in a declared cell as separators, so a
    // name holding them (「長寿科学（フレイル…）」) would read as unknown pieces: left out here.
    priorityAreas: [...pack.priorityAreas.filter((a) => !a.fundBased), ...pack.projects.flatMap((p) => p.focusItems)]
      .map((a) => a.name)
      .filter((name) => !/[\s()（）「」：:、]/.test(name)),
    amed: category('amed'),
    inhouse: category('inhouse'),
  };
}

/** A 事業名 from the projects' own terms: 「革新的がん医療実用化研究事業」「次世代ゲノム解析研究開発事業」. */
function programName(dice: Dice, projects: readonly Project[], diseaseArea: string | null): string {
  const term = dice.pick(projects[0].terms);
  const second = projects.length > 1 && dice.chance(0.5) ? `・${dice.pick(projects[1].terms)}` : '';
  const disease = diseaseArea && dice.chance(0.4) ? diseaseArea : '';
  return `${dice.pick(QUALIFIERS)}${disease}${term}${second}${dice.pick(SUFFIXES)}`;
}

function summaryText(dice: Dice, projects: readonly Project[], diseaseArea: string | null, purpose: string): string {
  const terms = projects.flatMap((p) => dice.some(p.terms, 2));
  const target = diseaseArea ?? '幅広い疾患';
  return `${terms.join('、')}に関する研究開発を推進し、${target}の${purpose}に資する成果の早期実用化を目指す。産学官の連携により成果を切れ目なく次の段階へつなげる。`;
}

/** `total` split into `parts` positive integers (in the sheet's unit steps) that add up exactly. */
function split(dice: Dice, total: number, parts: number): number[] {
  if (parts === 1) return [total];
  const weights = Array.from({ length: parts }, () => dice.int(1, 10));
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  shares[0] += total - shares.reduce((a, b) => a + b, 0);
  return shares;
}

/** 1234567 steps of 0.1 → "123,456.7" (toLocaleString is as exact but far slower). */
function withCommas(steps: number, decimals: number): string {
  const digits = String(Math.abs(steps)).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals).replace(/\B(?=(\d{3})+$)/g, ',');
  return decimals > 0 ? `${whole}.${digits.slice(-decimals)}` : whole;
}

/** Numbers as sheets type them: mostly numbers, sometimes text with commas or full-width digits. */
function typed(dice: Dice, steps: number, decimals: number): CellValue {
  if (!dice.chance(0.03)) return steps / 10 ** decimals;
  const text = withCommas(steps, decimals);
  return dice.chance(0.5) ? text : text.replace(/[0-9,.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** 増減 as many sheets write it: △ for a decrease, as text. */
function change(steps: number, decimals: number): CellValue {
  if (steps === 0) return '-';
  return steps < 0 ? `△${withCommas(steps, decimals)}` : steps / 10 ** decimals;
}

interface Layout {
  readonly unit: '千円' | '百万円';
  /** Amounts in steps of 10^-decimals of the unit. */
  readonly decimals: number;
  readonly title: string[];
  readonly header: CellValue[][];
  readonly headerMerges: CellRange[];
  readonly columns: readonly string[];
}

function layoutOf(kind: SheetLayout, pack: PolicyPack, vocab: Vocabulary): Layout {
  const year = pack.fiscalYear.label;
  if (kind === 'split-thousand') {
    const projectHeaders = vocab.projects.map((p) => `${p.marker}${p.shortName}`);
    const left = ['事業番号', '事業名', '担当部局・課室', '区分', '前年度予算額', '要求額', '要望額', '要求・要望額'];
    const right = ['疾患領域', '開発目的', '事業概要', '新規・継続', '増減額', '備考'];
    const first = [...left, '統合プロジェクト別内訳', ...projectHeaders.slice(1).map(() => null), ...right];
    const second = [...left.map(() => null), ...projectHeaders, ...right.map(() => null)];
    const headerTop = 3;
    const merges: CellRange[] = [
      { top: headerTop, left: left.length, bottom: headerTop, right: left.length + projectHeaders.length - 1 },
      ...[...left.keys(), ...right.map((_, i) => left.length + projectHeaders.length + i)].map((col) => ({ top: headerTop, left: col, bottom: headerTop + 1, right: col })),
    ];
    return {
      unit: '千円',
      decimals: 0,
      title: [`${year} 概算要求 医療分野の研究開発関連予算（厚生労働省）`, '（単位：千円）'],
      header: [first, second],
      headerMerges: merges,
      columns: ['number', 'name', 'department', 'category', 'previous', 'request', 'priorityRequest', 'total', ...vocab.projects.map((p) => `project:${p.id}`), 'diseaseArea', 'purpose', 'summary', 'status', 'change', 'remarks'],
    };
  }
  const header = ['事業名', '担当課', '区分', '前年度予算額（百万円）', '要求額（百万円）', '要望額（百万円）', '計（百万円）', '統合プロジェクト', '疾患領域', '開発目的', '重点領域', '事業概要', '増減（百万円）', '備考'];
  return {
    unit: '百万円',
    decimals: 1,
    title: [`${year} 医療分野の研究開発関連予算 概算要求一覧（文部科学省）`],
    header: [header],
    headerMerges: [],
    columns: ['name', 'department', 'category', 'previous', 'request', 'priorityRequest', 'total', 'projectLabel', 'diseaseArea', 'purpose', 'priorityArea', 'summary', 'change', 'remarks'],
  };
}

const AMOUNT_KEYS = ['previous', 'request', 'priorityRequest', 'total'] as const;

/** One 事業: amounts in unit steps, and its cells by column key. */
function dataRow(dice: Dice, index: number, vocab: Vocabulary, layout: Layout): { cells: Map<string, CellValue>; steps: Map<string, number> } {
  const scale = 10 ** layout.decimals;
  // 千円: 10,000 to 5,000,000 (1千万円 to 50億円); 百万円 in tenths: the same money.
  const previous = layout.unit === '千円' ? dice.int(10_000, 5_000_000) : dice.int(100, 50_000);
  const isNew = dice.chance(0.1);
  const previousSteps = isNew ? 0 : previous;
  const request = Math.max(scale, Math.round(previous * (0.85 + dice.int(0, 40) / 100)));
  const priorityRequest = dice.chance(0.35) ? Math.round(request * dice.int(5, 30) / 100) : 0;
  const total = request + priorityRequest;

  const projects = dice.some(vocab.projects, dice.chance(0.7) ? 1 : dice.int(2, 3));
  const diseaseArea = dice.chance(0.7) ? dice.pick(vocab.diseaseAreas) : null;
  const purpose = dice.chance(0.2) ? dice.some(vocab.purposes, 2).join('、') : dice.pick(vocab.purposes);
  const steps = new Map<string, number>([
    ['previous', previousSteps],
    ['request', request],
    ['priorityRequest', priorityRequest],
    ['total', total],
  ]);
  const shares = split(dice, total, projects.length);
  projects.forEach((p, i) => steps.set(`project:${p.id}`, shares[i]));

  const cells = new Map<string, CellValue>([
    ['number', index + 1],
    ['name', programName(dice, projects, diseaseArea)],
    ['department', dice.pick(DEPARTMENTS)],
    ['category', dice.chance(0.85) ? vocab.amed : vocab.inhouse],
    ['previous', isNew ? '-' : typed(dice, previousSteps, layout.decimals)],
    ['request', typed(dice, request, layout.decimals)],
    ['priorityRequest', priorityRequest === 0 ? (dice.chance(0.5) ? '-' : null) : typed(dice, priorityRequest, layout.decimals)],
    ['total', typed(dice, total, layout.decimals)],
    ['projectLabel', projects.length === 1 ? dice.pick(projects[0].aliases.filter((a) => a.length > 1)) : projects.map((p) => p.marker).join('')],
    ['diseaseArea', diseaseArea],
    ['purpose', purpose],
    ['priorityArea', dice.chance(0.3) ? dice.pick(vocab.priorityAreas) : null],
    ['summary', summaryText(dice, projects, diseaseArea, purpose)],
    ['status', isNew ? '新規' : '継続'],
    ['change', change(total - previousSteps, layout.decimals)],
    ['remarks', dice.chance(0.05) ? '一部を重点政策推進枠で要望' : null],
  ]);
  for (const p of projects) cells.set(`project:${p.id}`, typed(dice, steps.get(`project:${p.id}`)!, layout.decimals));
  return { cells, steps };
}

export function generateSheet(options: GenerateOptions): GeneratedSheet {
  const dice = new Dice(seededRandom(options.seed ?? DEFAULT_SEED));
  const vocab = vocabulary(options.pack);
  const layout = layoutOf(options.layout, options.pack, vocab);
  const width = layout.columns.length;
  const scale = 10 ** layout.decimals;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const push = (row: CellValue[], rowFormulas: (string | null)[] = row.map(() => null)) => {
    values.push(row);
    formulas.push(rowFormulas);
  };
  const blank = () => new Array<CellValue>(width).fill(null);

  for (const line of layout.title) {
    const row = blank();
    if (line.startsWith('（単位')) row[width - 1] = line;
    else row[0] = line;
    push(row);
  }
  while (values.length < 3) push(blank());
  for (const header of layout.header) push([...header]);

  const sumKeys = layout.columns.filter((key) => (AMOUNT_KEYS as readonly string[]).includes(key) || key.startsWith('project:'));
  const labelCol = layout.columns.indexOf('name');
  const firstDataRow = values.length;
  const grand = new Map<string, number>();
  const expected = { total: 0, request: 0, previous: 0 };
  let group = new Map<string, number>();
  let groupStart = values.length;
  let groupSize = dice.int(15, 25);
  let subtotalRows = 0;
  const names = new Map<string, number>();

  const totalRow = (label: string, sums: Map<string, number>, formula: (col: number) => string) => {
    const row = blank();
    const rowFormulas = row.map(() => null as string | null);
    row[labelCol] = label;
    for (const key of sumKeys) {
      const col = layout.columns.indexOf(key);
      row[col] = (sums.get(key) ?? 0) / scale;
      rowFormulas[col] = formula(col);
    }
    push(row, rowFormulas);
  };

  for (let i = 0; i < options.rows; i++) {
    if (dice.chance(1 / 150)) push(blank());
    const { cells, steps } = dataRow(dice, i, vocab, layout);
    // A 事業 is listed once; names that happen to repeat get a number, as 「（その2）」 in real lists.
    const name = cells.get('name') as string;
    const seen = names.get(name) ?? 0;
    names.set(name, seen + 1);
    if (seen > 0) cells.set('name', `${name}（その${seen + 1}）`);
    push(layout.columns.map((key) => cells.get(key) ?? null));
    for (const [key, value] of steps) {
      group.set(key, (group.get(key) ?? 0) + value);
      grand.set(key, (grand.get(key) ?? 0) + value);
    }
    expected.total += steps.get('total')!;
    expected.request += steps.get('request')!;
    expected.previous += steps.get('previous')!;
    if (--groupSize === 0 || i === options.rows - 1) {
      const top = groupStart + 1;
      const bottom = values.length;
      totalRow('小計', group, (col) => `=SUM(${columnLetter(col)}${top}:${columnLetter(col)}${bottom})`);
      subtotalRows++;
      group = new Map();
      groupStart = values.length;
      groupSize = dice.int(15, 25);
    }
  }
  const lastRow = values.length;
  totalRow('合計', grand, (col) => `=SUMIF(${a1(firstDataRow, labelCol)}:${a1(lastRow - 1, labelCol)},"小計",${columnLetter(col)}${firstDataRow + 1}:${columnLetter(col)}${lastRow})`);
  push(blank());
  const note = blank();
  note[0] = NOTE;
  push(note);

  const yenPerStep = (layout.unit === '千円' ? 1_000 : 1_000_000) / scale;
  return {
    grid: { sheetName: options.layout === 'split-thousand' ? '厚労省 要求' : '文科省 要求', originRow: 0, originCol: 0, values, formulas, merges: layout.headerMerges },
    layout: options.layout,
    dataRows: options.rows,
    subtotalRows,
    expectedYen: { total: expected.total * yenPerStep, request: expected.request * yenPerStep, previous: expected.previous * yenPerStep },
  };
}

/** The sheet as an .xlsx workbook (ExcelJS): values, SUM formulas with cached results, merges, amount formats. */
export async function sheetToXlsx(sheet: GeneratedSheet): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet.grid.sheetName);
  const format = sheet.layout === 'split-thousand' ? '#,##0;△#,##0' : '#,##0.0;△#,##0.0';
  sheet.grid.values.forEach((row, r) => {
    const target = worksheet.getRow(r + 1);
    row.forEach((value, c) => {
      if (value === null || typeof value === 'object') return;
      const formula = sheet.grid.formulas?.[r]?.[c];
      const cell = target.getCell(c + 1);
      cell.value = formula ? { formula: formula.slice(1), result: value as number } : value;
      if (typeof value === 'number' && r > 2) cell.numFmt = format;
    });
  });
  for (const m of sheet.grid.merges ?? []) worksheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
