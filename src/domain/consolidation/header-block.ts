import type { Block, PlannedRow } from '../submission/block';
import { formatCreatedAt } from '../submission/header-block';
import type { ConsolidationSheetContext } from './context';

/** Title, policy, unit, when, and which input each ministry's figures come from, with its status. */
export function headerBlock(ctx: ConsolidationSheetContext): Block {
  const { layout, pack, parts } = ctx;
  const h = layout.base.header;
  const c = layout.header;
  const status = (errors: number, warnings: number, infos: number, provisional: boolean) =>
    h.statusText(provisional ? h.statusProvisional : h.statusFinal, errors, warnings, infos);
  const facts: [string, string][] = [
    [c.ministries, parts.map((p) => p.ministry).join('・')],
    [h.labels.policy, `${pack.title}（${pack.decidedOnJa} ${pack.decidedBy}）`],
    [h.labels.unit, h.unitText],
    [h.labels.createdAt, formatCreatedAt(ctx.createdAt, h.timeZone, h.timeZoneSuffix)],
    [c.status, ctx.provisional ? h.statusProvisional : h.statusFinal],
    ...parts.map((p, i): [string, string] => [
      `${c.inputs}${i + 1}`,
      c.inputText(p.ministry, p.input.file, c.kinds[p.input.kind], status(p.summary.errors, p.summary.warnings, p.summary.infos, p.summary.errors > 0)),
    ]),
  ];
  const rows: PlannedRow[] = [
    [{ col: 0, value: layout.title(pack.fiscalYear.label), style: 'title' }],
    ...facts.map(([label, value]): PlannedRow => [
      { col: h.labelCol, value: label, style: 'headerLabel' },
      { col: h.valueFirstCol, value, style: 'headerValue', mergeTo: h.valueLastCol },
    ]),
  ];
  return { id: 'header', rows };
}
