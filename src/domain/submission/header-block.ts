import type { Block, PlannedRow } from './block';
import type { SubmissionContext } from './context';

/** Title and the facts a reader needs before trusting the numbers: policy, unit, source, status. */

/** "2024-08-30 14:05（日本時間）"; a string that is not a date is shown as given. */
export function formatCreatedAt(createdAt: Date | string, timeZone: string, suffix: string): string {
  const date = createdAt instanceof Date ? createdAt : new Date(createdAt);
  if (Number.isNaN(date.getTime())) return String(createdAt);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}${suffix}`;
}

export function headerBlock(ctx: SubmissionContext): Block {
  const { report, pack, layout } = ctx;
  const h = layout.header;
  const { summary } = report;
  const status = ctx.provisional ? h.statusProvisional : h.statusFinal;
  const source = [report.input.file, h.sheetText(report.input.sheet), report.input.range ?? h.unknown].filter((s): s is string => Boolean(s));
  const facts: [string, string][] = [
    [h.labels.ministry, ctx.ministry ?? h.unknown],
    [h.labels.policy, `${pack.title}（${pack.decidedOnJa} ${pack.decidedBy}）`],
    [h.labels.unit, h.unitText],
    [h.labels.createdAt, formatCreatedAt(ctx.createdAt, h.timeZone, h.timeZoneSuffix)],
    [h.labels.source, source.join(' ／ ')],
    [h.labels.rows, h.rowsText(summary.rows, ctx.lines.length)],
    [h.labels.status, h.statusText(status, summary.errors, summary.warnings, summary.infos)],
  ];
  const rows: PlannedRow[] = [
    [{ col: 0, value: layout.title(pack.fiscalYear.label, ctx.ministry), style: 'title' }],
    ...facts.map(([label, value]): PlannedRow => [
      { col: h.labelCol, value: label, style: 'headerLabel' },
      { col: h.valueFirstCol, value, style: 'headerValue', mergeTo: h.valueLastCol },
    ]),
  ];
  return { id: 'header', rows };
}
