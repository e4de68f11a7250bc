import type { Locale, Severity } from '../../domain/model/finding';
import { projectTableTotal, type AmountTotals, type CheckReport, type ProjectTotals } from '../../domain/model/report';
import { formatNumber } from '../../domain/rules/messages';
import { appendAll, maxOf } from '../../domain/arrays';
import { terminalCell } from '../terminal-text';
import { previousYearLines } from './previous-text';

/** `budget-check check` as a terminal reads it: a summary, the totals, then one line per finding. */

interface Labels {
  readonly file: string;
  readonly sheet: string;
  readonly range: string;
  readonly policy: string;
  readonly chosenBy: Record<CheckReport['policy']['chosenBy'], string>;
  readonly decided: (date: string) => string;
  readonly unit: (source: string) => string;
  readonly rows: string;
  readonly result: string;
  readonly severity: Record<Severity, string>;
  readonly count: (n: number) => string;
  readonly totals: string;
  readonly amountColumns: readonly string[];
  readonly lines: { readonly amed: string; readonly inhouse: string; readonly unknownCategory: string; readonly all: string; readonly fund: string; readonly account: (label: string) => string };
  readonly byProject: string;
  readonly projectColumns: readonly string[];
  readonly unattributed: string;
  readonly estimated: string;
  readonly notes: readonly string[];
  readonly findings: string;
  readonly findingColumns: readonly string[];
  readonly none: string;
}

const LABELS: Record<Locale, Labels> = {
  ja: {
    file: 'ファイル',
    sheet: 'シート',
    range: '範囲',
    policy: '方針',
    chosenBy: { argument: '--year で指定', sheet: 'シートの表題の年度から判定', default: 'シートに年度がないため最新の方針' },
    decided: (date) => `${date} 決定`,
    unit: (source) => `千円（シートの単位: ${source}）`,
    rows: '事業数',
    result: '結果',
    severity: { error: 'エラー', warning: '警告', info: '情報' },
    count: (n) => `${n}件`,
    totals: '総括（千円）',
    amountColumns: ['', '要求・要望額', 'うち要求額', 'うち要望額', '前年度予算額', '増減'],
    lines: {
      amed: 'AMED対象経費',
      inhouse: 'インハウス研究機関経費',
      unknownCategory: '区分不明',
      all: '合計',
      fund: '（参考）基金等・合計に含めず',
      account: (label) => `（別掲）${label}・合計に含めず`,
    },
    byProject: '統合プロジェクト別（千円）',
    projectColumns: ['', 'AMED', 'インハウス', '区分不明', '計', '前年度', '増減', '候補（未確定）'],
    unattributed: '統合プロジェクト未特定',
    estimated: '*',
    notes: [
      '* 前年度は按分による参考値（シートに統合プロジェクト別の前年度がないため）。',
      '候補（未確定）: 記載がなく事業名・概要から推定されただけの額。統合プロジェクト未特定に含まれ、各プロジェクトの額には含めない（作業ウィンドウで確認すると計上されます）。',
    ],
    findings: '指摘',
    findingColumns: ['セル', '重大度', 'ルール', '内容'],
    none: '指摘はありません。',
  },
  en: {
    file: 'File',
    sheet: 'sheet',
    range: 'range',
    policy: 'Policy',
    chosenBy: { argument: 'given with --year', sheet: "guessed from the sheet's title", default: 'no year in the sheet: the newest policy' },
    decided: (date) => `decided ${date}`,
    unit: (source) => `千円 (thousand yen; the sheet's unit: ${source})`,
    rows: 'Programs',
    result: 'Result',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    count: (n) => String(n),
    totals: 'Totals (thousand yen)',
    amountColumns: ['', 'Total', 'Request', 'Priority', 'Previous', 'Change'],
    lines: {
      amed: 'AMED対象経費 (AMED)',
      inhouse: 'インハウス研究機関経費 (in-house)',
      unknownCategory: '区分不明 (category unknown)',
      all: 'Total',
      fund: '基金等 (fund-based, not in the total)',
      account: (label) => `${label} (apart, not in the total)`,
    },
    byProject: 'By integrated project (thousand yen)',
    projectColumns: ['', 'AMED', 'In-house', 'Unknown', 'Total', 'Previous', 'Change', 'Candidates'],
    unattributed: '統合プロジェクト未特定 (no project)',
    estimated: '*',
    notes: [
      '* previous year allocated pro rata (an estimate: the sheet does not split it by project).',
      'Candidates: amounts only suggested from names and summaries; they stay in 統合プロジェクト未特定 until accepted in the task pane.',
    ],
    findings: 'Findings',
    findingColumns: ['Cell', 'Severity', 'Rule', 'Message'],
    none: 'No findings.',
  },
};

/** Columns a terminal gives a character: two for East Asian wide and full-width forms. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Rows of cells as aligned columns: text left, numbers right; the last column is not padded. */
function table(rows: readonly (readonly string[])[], numeric: (col: number) => boolean): string[] {
  const widths = rows[0].map((_, col) => maxOf(rows.map((r) => displayWidth(r[col] ?? ''))));
  return rows.map((row) =>
    row
      .map((cell, col) => {
        if (col === row.length - 1 && !numeric(col)) return cell;
        const pad = ' '.repeat(widths[col] - displayWidth(cell));
        return numeric(col) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** 「－」 for what the sheet does not say (no 前年度 column), never a 0. */
function amount(n: number | null, locale: Locale): string {
  return n === null ? '－' : formatNumber(n, locale);
}

function amounts(label: string, t: AmountTotals, locale: Locale): string[] {
  return [label, ...[t.total, t.request, t.priorityRequest, t.previous, t.change].map((n) => amount(n, locale))];
}

function projectLine(label: string, p: ProjectTotals, l: Labels, locale: Locale): string[] {
  const mark = p.previousEstimated ? l.estimated : '';
  return [
    label,
    ...[p.amed, p.inhouse, p.unknownCategory, p.total].map((n) => amount(n, locale)),
    amount(p.previous, locale) + mark,
    amount(p.change, locale) + mark,
    p.candidate === 0 ? '' : amount(p.candidate, locale),
  ];
}

export function formatReportText(report: CheckReport): string {
  const { locale } = report;
  const l = LABELS[locale];
  const sep = locale === 'ja' ? '、' : ', ';
  const { input, policy, summary, totals } = report;
  const counts = (['error', 'warning', 'info'] as const).map((s) => `${l.severity[s]} ${l.count(s === 'error' ? summary.errors : s === 'warning' ? summary.warnings : summary.infos)}`);
  const where = [`${l.sheet}: ${input.sheet}`, ...(input.range ? [`${l.range}: ${input.range}`] : [])].join(sep);

  const lines = [
    terminalCell(`${l.file}: ${input.file ?? '-'} (${where})`),
    `${l.policy}: ${policy.title} (${policy.id}, ${l.decided(policy.decidedOn)}) — ${l.chosenBy[policy.chosenBy]}`,
    `${l.unit(report.sourceUnit)} / ${l.rows}: ${summary.rows}`,
    `${l.result}: ${counts.join(sep)}`,
    '',
    l.totals,
    ...table(
      [
        l.amountColumns,
        amounts(l.lines.amed, totals.amed, locale),
        amounts(l.lines.inhouse, totals.inhouse, locale),
        ...(totals.unknownCategory.total !== 0 || totals.unknownCategory.previous ? [amounts(l.lines.unknownCategory, totals.unknownCategory, locale)] : []),
        amounts(l.lines.all, totals.all, locale),
        amounts(l.lines.fund, totals.fund, locale),
        ...totals.accounts.map((a) => amounts(l.lines.account(a.label), a.totals, locale)),
      ],
      (col) => col > 0,
    ).map((line) => `  ${line}`),
    '',
    l.byProject,
    ...table(
      [
        l.projectColumns,
        ...totals.byProject.map((p) => projectLine(p.name, p, l, locale)),
        projectLine(l.unattributed, totals.unspecified, l, locale),
        projectLine(l.lines.all, projectTableTotal(totals), l, locale),
      ],
      (col) => col > 0,
    ).map((line) => `  ${line}`),
    ...l.notes.map((note) => `  ${note}`),
    '',
    ...(report.previousYear ? [...previousYearLines(report.previousYear, locale), ''] : []),
    `${l.findings} (${report.findings.length})`,
  ];
  if (report.findings.length === 0) lines.push(`  ${l.none}`);
  else {
    const rows = report.findings.map((f) => [f.cell ?? (f.row !== undefined ? String(f.row) : '-'), l.severity[f.severity], f.rule, terminalCell(f.message)]);
    appendAll(lines, table([l.findingColumns, ...rows], () => false).map((line) => `  ${line}`));
  }
  return `${lines.join('\n')}\n`;
}
