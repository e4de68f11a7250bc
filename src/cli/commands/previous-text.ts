import type { Locale } from '../../domain/model/finding';
import type { PreviousYearSection } from '../../domain/model/report';
import { appendAll } from '../../domain/arrays';
import { formatNumber } from '../../domain/rules/messages';
import { terminalCell } from '../terminal-text';

/**
 * The part of `check`'s text that compares with last year's sheet (--previous): how many 事業
 * continue, are new or discontinued; every new and discontinued one; and the continuing ones
 * whose name changed or that were matched by 事業番号 (those that kept their name are counted:
 * the JSON report lists every one).
 */

const TEXT: Record<Locale, {
  heading: (source: string) => string;
  counts: (continuing: number, renamed: number, added: number, discontinued: number) => string;
  added: string;
  discontinued: string;
  renamed: string;
  row: (n: number) => string;
  previousRow: (n: number) => string;
  similarity: (s: string) => string;
  byNumber: (similarity: string) => string;
  otherPeriod: string;
}> = {
  ja: {
    heading: (source) => `前年度との比較（前年度のシート: ${source}）`,
    counts: (c, r, a, d) => `継続 ${c}件（うち名称の変わったもの ${r}件）、新規 ${a}件、廃止 ${d}件`,
    added: '新規（今年度のシートにだけある事業）:',
    discontinued: '廃止（前年度のシートにだけある事業）:',
    renamed: '継続のうち、名称が変わったもの・事業番号で対応づけたもの:',
    row: (n) => `${n}行目`,
    previousRow: (n) => `前年度 ${n}行目`,
    similarity: (s) => `名称の類似度 ${s}`,
    byNumber: (s) => `事業番号で対応づけ、名称の類似度 ${s}`,
    otherPeriod: '前年度の統合プロジェクトは別の期のもので、方針に対応が示されていないため、今年度の方針にもある統合プロジェクトだけを候補として引き継ぎます。',
  },
  en: {
    heading: (source) => `Compared with last year (last year's sheet: ${source})`,
    counts: (c, r, a, d) => `${c} continuing (${r} renamed), ${a} new, ${d} discontinued`,
    added: 'New (only on this year\'s sheet):',
    discontinued: 'Discontinued (only on last year\'s sheet):',
    renamed: 'Continuing, renamed or matched by 事業番号:',
    row: (n) => `row ${n}`,
    previousRow: (n) => `last year row ${n}`,
    similarity: (s) => `names ${s} alike`,
    byNumber: (s) => `matched by 事業番号; names ${s} alike`,
    otherPeriod: "Last year's projects are of another plan period and the policy gives no mapping: only projects this year's policy also has are offered as suggestions.",
  },
};

export function previousYearLines(section: PreviousYearSection, locale: Locale): string[] {
  const t = TEXT[locale];
  const { source } = section;
  const where = [source.file, `「${source.sheet}」`, source.fiscalYear].filter((s): s is string => s !== undefined && s !== null).join(locale === 'ja' ? '、' : ', ');
  const changed = section.continuing.filter((c) => c.name !== c.previousName || c.by === 'number');
  const renamed = section.continuing.filter((c) => c.name !== c.previousName).length;
  const lines = [terminalCell(t.heading(where)), `  ${t.counts(section.continuing.length, renamed, section.added.length, section.discontinued.length)}`];
  if (!source.sameProjects) lines.push(`  ${t.otherPeriod}`);
  if (section.added.length > 0) {
    lines.push(`  ${t.added}`);
    appendAll(lines, section.added.map((a) => terminalCell(`    ${t.row(a.row)}  ${a.name}`)));
  }
  if (section.discontinued.length > 0) {
    lines.push(`  ${t.discontinued}`);
    appendAll(lines, section.discontinued.map((d) => terminalCell(`    ${t.previousRow(d.previousRow)}  ${d.number !== null ? `${d.number}  ` : ''}${d.name}`)));
  }
  if (changed.length > 0) {
    lines.push(`  ${t.renamed}`);
    appendAll(
      lines,
      changed.map((c) => {
        const alike = formatNumber(c.similarity, locale);
        const how = c.by === 'number' ? t.byNumber(alike) : t.similarity(alike);
        return terminalCell(`    ${t.row(c.row)}  ${c.name} ← ${t.previousRow(c.previousRow)}  ${c.previousName}${locale === 'ja' ? `（${how}）` : ` (${how})`}`);
      }),
    );
  }
  return lines;
}
