import { noteRows, type Block, type PlannedCell, type PlannedRow } from '../submission/block';
import { sumLines } from '../submission/detail-lines';
import type { BlockId } from '../submission/layout';
import { restatedPriorityAreas } from '../submission/tags';
import { ministryRange, type ConsolidationSheetContext } from './context';
import { sumTaggedFor } from './formulas';

/**
 * 重点化すべき研究領域 and 疾患領域, restated by ministry: the amounts of the 事業 tagged with each
 * area (counted ones), a column per ministry and one for all of them. Restated, so never summed
 * down: one 事業 can carry several areas.
 */

type TagKey = 'priorityAreas' | 'diseaseAreas';

function restatedBlock(ctx: ConsolidationSheetContext, id: BlockId, title: string, areas: readonly { name: string; section: string }[], tagKey: TagKey): Block {
  const { layout, parts, lines } = ctx;
  const base = layout.base;
  const r = base.restated;
  const sep = base.tagSeparator;
  const { yes } = base.counted;
  const sectionCol = r.columns.find((c) => c.key === 'section')?.col ?? r.label.last + 1;
  const first = layout.restated.firstCol;
  const columns = [...parts.map((p) => p.ministry), null];

  const areaRow = (area: { name: string; section: string }): PlannedRow => {
    const tagged = lines.filter((l) => l.counted && l[tagKey].includes(area.name));
    return [
      { col: r.label.first, value: area.name, style: 'text', mergeTo: r.label.last },
      { col: sectionCol, value: area.section, style: 'textCenter' },
      ...columns.map((ministry, i): PlannedCell => ({
        col: first + i,
        value: sumLines(ministry === null ? tagged : tagged.filter((l) => l.ministry === ministry), (l) => l.total),
        style: ministry === null ? 'totalAmount' : 'amount',
        formula: (at) => sumTaggedFor(at.detail('total'), at.detail(tagKey), area.name, sep, at.detail('counted'), yes, ministry === null ? null : ministryRange(at, layout), ministry),
      })),
    ];
  };
  const header: PlannedRow = [
    { col: r.label.first, value: r.label.header, style: 'restatedHeader', mergeTo: r.label.last },
    { col: sectionCol, value: r.columns.find((c) => c.key === 'section')?.header ?? '', style: 'restatedHeader' },
    ...columns.map((ministry, i): PlannedCell => ({ col: first + i, value: ministry ?? layout.restated.allHeader, style: 'restatedHeader' })),
  ];
  return { id, rows: [[{ col: 0, value: title, style: 'restatedTitle' }], header, ...areas.map(areaRow), ...noteRows(layout.restated.notes)] };
}

export function priorityAreasBlock(ctx: ConsolidationSheetContext): Block {
  const areas = restatedPriorityAreas(ctx.pack).map((a) => ({ name: a.name, section: a.section }));
  return restatedBlock(ctx, 'priorityAreas', ctx.layout.restated.priorityTitle, areas, 'priorityAreas');
}

export function diseaseAreasBlock(ctx: ConsolidationSheetContext): Block {
  // Not a policy section: the list is the 推進計画's, so its source stands where a section would.
  const section = ctx.pack.diseaseAreaSource;
  return restatedBlock(ctx, 'diseaseAreas', ctx.layout.restated.diseaseTitle, ctx.pack.vocabularies.diseaseAreas.map((d) => ({ name: d.name, section })), 'diseaseAreas');
}
