import { columnOf, headerRow, noteRows, type Block, type PlannedCell, type PlannedRow } from './block';
import type { SubmissionContext } from './context';
import { sumLines, type DetailLine } from './detail-lines';
import { difference, ref, sumTagged } from './formulas';
import type { BlockId, RestatedColumnKey } from './layout';
import { restatedPriorityAreas } from './tags';

/**
 * 重点化すべき研究領域（再掲） and 疾患領域（再掲）: the amounts of the 事業 tagged with each
 * area, with the policy section the area comes from. One 事業 can carry several areas, so
 * these blocks restate amounts and have no total; no other formula refers to them.
 */

interface Area {
  readonly name: string;
  readonly section: string;
}

type TagKey = 'priorityAreas' | 'diseaseAreas';

function restatedBlock(ctx: SubmissionContext, id: BlockId, title: string, areas: readonly Area[], tagKey: TagKey): Block {
  const { layout, lines } = ctx;
  const r = layout.restated;
  const col = (key: RestatedColumnKey) => columnOf(r.columns, key);
  const { yes, no } = layout.counted;
  const sep = layout.tagSeparator;

  // Lines by tag, in order, built in one pass rather than one pass per area.
  const byTag = (key: TagKey | 'candidates') => {
    const map = new Map<string, DetailLine[]>();
    for (const line of lines) {
      const tags = line[key];
      // Each tag once, where first named; a line carries a tag or two, so no Set per line.
      for (let i = 0; i < tags.length; i++) {
        const tag = tags[i];
        if (i > 0 && tags.indexOf(tag) < i) continue;
        const tagged = map.get(tag);
        if (tagged) tagged.push(line);
        else map.set(tag, [line]);
      }
    }
    return map;
  };
  const linesByTag = byTag(tagKey);
  const linesByCandidate = byTag('candidates');
  const previousKnown = ctx.report.totals.all.previous !== null;

  const areaRow = (area: Area): PlannedRow => {
    const tagged = linesByTag.get(area.name) ?? [];
    const counted = tagged.filter((l) => l.counted);
    const total = sumLines(counted, (l) => l.total);
    const previous = sumLines(counted, (l) => l.previous);
    const candidates = (linesByCandidate.get(area.name) ?? []).filter((l) => l.counted);
    const amount = (key: 'total' | 'previous' | 'fund' | 'candidate', value: number): PlannedCell => ({
      col: col(key),
      value,
      style: key === 'fund' || key === 'candidate' ? 'fundAmount' : 'amount',
      formula: (at) =>
        sumTagged(
          at.detail(key === 'previous' ? 'previous' : 'total'),
          at.detail(key === 'candidate' ? 'candidates' : tagKey),
          area.name,
          sep,
          at.detail('counted'),
          key === 'fund' ? no : yes,
        ),
    });
    const unknown = (key: RestatedColumnKey): PlannedCell => ({ col: col(key), value: layout.unknownAmount, style: 'textCenter' });
    return [
      { col: r.label.first, value: area.name, style: 'text', mergeTo: r.label.last },
      { col: col('section'), value: area.section, style: 'textCenter' },
      amount('total', total),
      previousKnown ? amount('previous', previous) : unknown('previous'),
      previousKnown
        ? { col: col('change'), value: total - previous, style: 'amount', formula: (at) => difference(ref(at.row, col('total')), ref(at.row, col('previous'))) }
        : unknown('change'),
      // Fund-based rows restated: only those listed under this area in the 対象外 lines.
      amount('fund', sumLines(tagged.filter((l) => l.ledger === no), (l) => l.total)),
      amount('candidate', sumLines(candidates, (l) => l.total)),
    ];
  };

  return {
    id,
    rows: [[{ col: 0, value: title, style: 'restatedTitle' }], headerRow(r.label, r.columns, 'restatedHeader'), ...areas.map(areaRow), ...noteRows(r.notes)],
  };
}

export function priorityAreasBlock(ctx: SubmissionContext): Block {
  const areas = restatedPriorityAreas(ctx.pack).map((a) => ({ name: a.name, section: a.section }));
  return restatedBlock(ctx, 'priorityAreas', ctx.layout.restated.priorityTitle, areas, 'priorityAreas');
}

export function diseaseAreasBlock(ctx: SubmissionContext): Block {
  // Not a policy section: the list is the 推進計画's, so its source stands where a section would.
  const section = ctx.pack.diseaseAreaSource;
  const areas = ctx.pack.vocabularies.diseaseAreas.map((d) => ({ name: d.name, section }));
  return restatedBlock(ctx, 'diseaseAreas', ctx.layout.restated.diseaseTitle, areas, 'diseaseAreas');
}
