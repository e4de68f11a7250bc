import { applyAccepted } from '../../src/domain/classification/accept';
import { acceptanceFor } from '../../src/domain/classification/accept-record';
import type { Classification } from '../../src/domain/model/classification';
import { comparePrevious, inheritPrevious } from '../../src/domain/previous-year';
import { PREVIOUS_YEAR_WEIGHT } from '../../src/domain/previous-year/inherit';
import { syntheticPack } from '../helpers/synthetic-pack';
import { makeClassification, makeTable, share, suggestion, tag, type RowSpec } from '../rules/builders';
import { lastYear, previousYear } from './rows';

const pack = syntheticPack();

function inherit(rows: readonly RowSpec[], last: Parameters<typeof previousYear>[0], lastPack = pack, thisPack = pack) {
  const table = makeTable({ rows }, thisPack);
  const classification = makeClassification({ rows }, thisPack);
  const match = comparePrevious(table, previousYear(last, lastPack), thisPack);
  return { table, before: classification, after: inheritPrevious(table, classification, match, thisPack) };
}

const cls = (c: Classification, row: number) => c.rows.find((r) => r.rowNumber === row)!;

describe("a continuing 事業 is offered last year's classification", () => {
  it('as suggestions leading the text\'s, with last year\'s split applied to this year\'s amount', () => {
    const { after } = inherit(
      [{ row: 4, name: '認知症研究開発事業', total: 1_400_000, cls: { suggestions: [suggestion('disease-basic', 'high', ['脳科学']), suggestion('pharma', 'low')] } }],
      [lastYear(12, '認知症研究開発事業', [['genome-data', 1_045_895], ['disease-basic', 296_307]])],
    );
    const row = cls(after, 4);
    expect(row.projects).toEqual([]);
    expect(row.basis).toBeNull();
    expect(row.suggestions.map((s) => [s.projectId, s.confidence, s.share?.amount])).toEqual([
      ['genome-data', 'high', 1_090_933_000],
      ['disease-basic', 'high', 309_067_000],
      ['pharma', 'low', undefined],
    ]);
    const reason = row.suggestions[0].reasons[0];
    expect(reason).toEqual({
      kind: 'previous-year',
      field: 'previousYear',
      matched: '認知症研究開発事業',
      weight: 0.9 + PREVIOUS_YEAR_WEIGHT,
      previous: { sheet: '令和5年度要求', row: 12, by: 'name', similarity: 1 },
    });
    // A project the text also suggests keeps its text evidence after last year's; its score is the sum of both.
    expect(row.suggestions[1].reasons.map((r) => r.kind)).toEqual(['previous-year', 'term']);
    expect(row.suggestions[1].score).toBeCloseTo(0.9 + PREVIOUS_YEAR_WEIGHT + 0.9, 6);
    expect(row.suggestions[1].share).toEqual({ weight: 296_307_000, of: 1_342_202_000, amount: 309_067_000 });
  });

  it('of medium confidence when the name only resembles last year\'s', () => {
    const { after } = inherit([{ row: 4, name: '難治性疾患実用化研究事業費', total: 10 }], [lastYear(4, '難治性疾患実用化研究事業', ['disease-basic'])]);
    expect(cls(after, 4).suggestions).toEqual([expect.objectContaining({ projectId: 'disease-basic', confidence: 'medium', share: { weight: null, of: null, amount: 10_000 } })]);
    expect(cls(after, 4).suggestions[0].reasons[0].previous).toEqual({ sheet: '令和5年度要求', row: 4, by: 'name', similarity: 0.957 });
  });

  it('never as a declaration, and not at all where this year\'s sheet declares a project', () => {
    const { before, after } = inherit(
      [{ row: 4, name: '医療機器開発推進研究事業', projectLabel: '再生医療', total: 5, cls: { basis: 'declared', projects: [share('regenerative', 5)], suggestions: [suggestion('devices')] } }],
      [lastYear(4, '医療機器開発推進研究事業', ['devices'])],
    );
    expect(cls(after, 4).projects).toEqual(cls(before, 4).projects);
    expect(cls(after, 4).suggestions).toEqual(cls(before, 4).suggestions);
  });

  it("重点領域 and 疾患領域 too, where the sheet declares none of that kind, and only those this year's pack has", () => {
    const { after } = inherit(
      [
        { row: 4, name: '認知症研究開発事業', cls: { priorityAreas: [tag('pharma-focus', '創薬の重点', 'suggested')] } },
        { row: 5, name: '循環器病研究事業', cls: { diseaseAreas: [tag('lifestyle', '生活習慣病')] } },
      ],
      [
        lastYear(4, '認知症研究開発事業', [], { priorityAreas: ['dementia', 'covid-19'], diseaseAreas: ['geriatric-dementia'] }),
        lastYear(5, '循環器病研究事業', [], { diseaseAreas: ['lifestyle', 'cancer'] }),
      ],
    );
    const four = cls(after, 4);
    expect(four.priorityAreas.map((t) => [t.id, t.basis, t.reasons[0]?.kind])).toEqual([
      ['dementia', 'suggested', 'previous-year'],
      ['pharma-focus', 'suggested', undefined],
    ]);
    expect(four.diseaseAreas.map((t) => [t.id, t.basis])).toEqual([['geriatric-dementia', 'suggested']]);
    // Declared 疾患領域 win: last year's are not offered beside them.
    expect(cls(after, 5).diseaseAreas.map((t) => [t.id, t.basis])).toEqual([['lifestyle', 'declared']]);
  });

  it("across plan periods only the projects this year's pack has are offered, of medium confidence, with their part of the amount", () => {
    const third = syntheticPack({ projects: 8 });
    const { after } = inherit([{ row: 4, name: '医薬品ゲノム事業', total: 1_000 }], [lastYear(4, '医薬品ゲノム事業', [['pharma', 300], ['genome-data', 700]])], pack, third);
    expect(cls(after, 4).suggestions).toEqual([expect.objectContaining({ projectId: 'pharma', confidence: 'medium', share: { weight: 300_000, of: 1_000_000, amount: 300_000 } })]);
  });

  it('accepting them records last year\'s split; each check then applies it to the amount, the parts adding up', () => {
    const rows: RowSpec[] = [{ row: 4, name: '免疫アレルギー疾患実用化研究事業', total: 900_001 }];
    const { table, after } = inherit(rows, [lastYear(4, '免疫アレルギー疾患実用化研究事業', [['pharma', 58_888], ['genome-data', 88_888], ['disease-basic', 712_610]])]);
    const accepted = acceptanceFor('name:x', rows[0].name!, cls(after, 4), pack.id)!;
    expect(accepted.projects).toEqual(['pharma', 'genome-data', 'disease-basic']);
    expect(accepted.split).toEqual({ weights: [58_888_000, 88_888_000, 712_610_000], of: 860_386_000 });
    const applied = applyAccepted(table.rows, after, [{ ...accepted, key: `name:${'免疫アレルギー疾患実用化研究事業'.toLowerCase()}` }], pack, table.unit);
    const shares = cls(applied, 4).projects;
    expect(shares.map((s) => [s.projectId, s.basis, s.amount])).toEqual([
      ['pharma', 'accepted', 61_599_000],
      ['genome-data', 'accepted', 92_981_000],
      ['disease-basic', 'accepted', 745_421_000],
    ]);
    // The same proportions on next year's amount, without last year's sheet at hand.
    const next = makeTable({ rows: [{ ...rows[0], total: 1_000_000 }] });
    const again = applyAccepted(next.rows, makeClassification({ rows }), [{ ...accepted, key: `name:${'免疫アレルギー疾患実用化研究事業'.toLowerCase()}` }], pack, next.unit);
    expect(cls(again, 4).projects.reduce((sum, s) => sum + (s.amount ?? 0), 0)).toBe(1_000_000_000);
  });

  it('a row not on last year\'s sheet is left as it was', () => {
    const { before, after } = inherit([{ row: 4, name: '新しい事業', cls: { suggestions: [suggestion('pharma')] } }], [lastYear(4, '別の事業の研究開発', ['devices'])]);
    expect(cls(after, 4)).toBe(cls(before, 4));
  });
});
