import { columnOf, headerRow, noteRows, type Block, type PlannedCell, type PlannedRow } from './block';
import type { SubmissionContext } from './context';
import { roundYen, type DetailLine } from './detail-lines';
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

/** What a tag's cells sum, unrounded: each sum adds its lines in order, as sumLines would. */
interface TagSums {
  /** 要求・要望額 and 前年度 of counted lines tagged with it. */
  total: number;
  previous: number;
  /** 要求・要望額 of fund-based (対象外) lines tagged with it. */
  fund: number;
  /** 要求・要望額 of counted lines that list it as a candidate. */
  candidate: number;
}

const EMPTY_SUMS: TagSums = { total: 0, previous: 0, fund: 0, candidate: 0 };

function sumsOf(map: Map<string, TagSums>, tag: string): TagSums {
  let sums = map.get(tag);
  if (!sums) map.set(tag, (sums = { total: 0, previous: 0, fund: 0, candidate: 0 }));
  return sums;
}

/** Whether `tags[i]` is named for the first time there (each tag counts once per line; a line carries a tag or two, so no Set). */
function firstNamed(tags: readonly string[], i: number): boolean {
  return i === 0 || tags.indexOf(tags[i]) === i;
}

/** Every tag's sums in one pass over the lines, rather than a pass (and lists of lines) per area. */
function tagSums(lines: readonly DetailLine[], tagKey: TagKey, fundLedger: string): Map<string, TagSums> {
  const map = new Map<string, TagSums>();
  for (const line of lines) {
    const tags = line[tagKey];
    for (let i = 0; i < tags.length; i++) {
      if (!firstNamed(tags, i)) continue;
      const sums = sumsOf(map, tags[i]);
      if (line.counted) {
        sums.total += line.total;
        sums.previous += line.previous ?? 0;
      }
      if (line.ledger === fundLedger) sums.fund += line.total;
    }
    if (!line.counted) continue;
    const candidates = line.candidates;
    for (let i = 0; i < candidates.length; i++) if (firstNamed(candidates, i)) sumsOf(map, candidates[i]).candidate += line.total;
  }
  return map;
}

function restatedBlock(ctx: SubmissionContext, id: BlockId, title: string, areas: readonly Area[], tagKey: TagKey): Block {
  const { layout, lines } = ctx;
  const r = layout.restated;
  const col = (key: RestatedColumnKey) => columnOf(r.columns, key);
  const { yes, no } = layout.counted;
  const sep = layout.tagSeparator;

  const previousKnown = ctx.report.totals.all.previous !== null;
  const sums = tagSums(lines, tagKey, no);

  const areaRow = (area: Area): PlannedRow => {
    const sum = sums.get(area.name) ?? EMPTY_SUMS;
    const total = roundYen(sum.total);
    const previous = roundYen(sum.previous);
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
      amount('fund', roundYen(sum.fund)),
      amount('candidate', roundYen(sum.candidate)),
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
