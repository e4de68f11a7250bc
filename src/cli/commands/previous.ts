import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Locale } from '../../domain/model/finding';
import type { PreviousYear } from '../../domain/model/previous-year';
import { readPreviousYear, type PreviousProblem } from '../../domain/previous-year/read';
import type { PolicyPack } from '../../domain/policy/schema';
import { previousSource } from '../../xlsx/previous-source';
import { XlsxWorkbookSource } from '../../xlsx/workbook-source';
import { UsageError } from '../command';
import { openSheet } from './open-sheet';

/**
 * --previous LAST.xlsx of `check` and `submit`: last year's request sheet, or a submission sheet
 * this product wrote. The file is opened before the check (an unusable one is refused with the
 * same messages as the input, exit 2) and read once the check has chosen its year, which is the
 * one last year's labels are read with when its title names no year of a pack.
 */

const USAGE: Record<Locale, readonly string[]> = {
  ja: [
    '前年度の要求表か、この製品で作った提出用シートのあるブック。継続の事業に前年度の',
    '統合プロジェクト（内訳は今年度の額に割合で当てます）・重点領域・疾患領域を候補（未確定）',
    'として示し、新規・継続・廃止の事業と、統合プロジェクトが前年度から変わった事業を示します',
  ],
  en: [
    "Last year's request sheet, or a workbook with a submission sheet this product wrote.",
    "Continuing programs are offered last year's projects (its split applied to this",
    "year's amount), priority and disease areas as suggestions; new, continuing and",
    'discontinued programs are listed, and a change of project from last year is warned of',
  ],
};

/** The option's lines of a command's help, the description at the column its other options use (2 + width). */
export function previousUsage(lang: Locale, width: number): string[] {
  const option = '--previous LAST.xlsx';
  const [first, ...rest] = USAGE[lang];
  const column = Math.max(width, option.length + 1);
  return [`  ${option.padEnd(column)}${first}`, ...rest.map((line) => `  ${' '.repeat(column)}${line}`)];
}

const WHAT_TO_GIVE: Record<Locale, string> = {
  ja: '前年度の要求表（事業名と金額の見出し行のあるシートが最初のシートにあるブック）か、この製品で作った提出用シートのあるブックを指定してください',
  en: "give last year's request sheet (a workbook whose first sheet has a header row with 事業名 and amounts) or a workbook holding a submission sheet this product wrote",
};

function problemText(path: string, problem: PreviousProblem, lang: Locale): string {
  const head = `--previous ${path}`;
  const { sheet } = problem;
  if (lang === 'ja') {
    const what =
      problem.problem === 'no-header'
        ? `シート「${sheet}」に事業名と金額の見出し行が見つかりません`
        : problem.problem === 'no-rows'
          ? `シート「${sheet}」に事業の行がありません`
          : `提出用シート「${sheet}」を読めません（${problem.detail}）`;
    return `${head}: ${what}。${WHAT_TO_GIVE.ja}。`;
  }
  const what =
    problem.problem === 'no-header'
      ? `sheet "${sheet}" has no header row with 事業名 and amounts`
      : problem.problem === 'no-rows'
        ? `sheet "${sheet}" has no rows of 事業`
        : `the submission sheet "${sheet}" cannot be read (${problem.detail})`;
  return `${head}: ${what}; ${WHAT_TO_GIVE.en}.`;
}

/** Opens the file now; the result reads it with the pack the check chose. */
export async function openPrevious(path: string, packs: readonly PolicyPack[], lang: Locale): Promise<(pack: PolicyPack) => PreviousYear> {
  // Every way the file can be unusable gets the input's own message first (missing, .xls, too large …).
  await openSheet(path, undefined, lang);
  const source = await previousSource(await XlsxWorkbookSource.fromBuffer(new Uint8Array(readFileSync(path))), basename(path));
  return (pack) => {
    const reading = readPreviousYear(source, packs, pack);
    if ('problem' in reading) throw new UsageError(problemText(path, reading, lang));
    return reading.previous;
  };
}
