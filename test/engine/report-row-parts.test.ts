import { NO_PARTS } from '../../src/domain/classification/shared-parts';
import { ReportRowParts } from '../../src/domain/engine/report-row-parts';
import type { RowClassification, Suggestion, TagMatch } from '../../src/domain/model/classification';
import { rowClassification } from '../rules/builders';

const tag = (name: string, basis: TagMatch['basis'], word = name): TagMatch => ({ id: name, name, basis, reasons: [{ kind: 'term', field: 'name', matched: word, weight: 1 }] });
/** A row with only these tags: the builders' default 区分 (declared AMED) taken away. */
const row = (tags: Partial<Pick<RowClassification, 'priorityAreas' | 'diseaseAreas' | 'purposes' | 'category'>>): RowClassification =>
  rowClassification(5, { category: null, ...tags });

describe('ReportRowParts.tagView', () => {
  // [what, row, the view as the report shows it]
  const cases: [string, RowClassification, unknown][] = [
    ['no tags', row({}), { priorityAreas: [], diseaseAreas: [], purposes: [], candidates: { category: null, priorityAreas: [], diseaseAreas: [], purposes: [] } }],
    [
      'declared tags counted, suggested ones as candidates',
      row({ priorityAreas: [tag('がん', 'declared'), tag('難病', 'suggested')], purposes: [tag('治療', 'accepted')] }),
      { priorityAreas: ['がん'], diseaseAreas: [], purposes: ['治療'], candidates: { category: null, priorityAreas: ['難病'], diseaseAreas: [], purposes: [] } },
    ],
    [
      'a suggested 区分 as a candidate, a declared one not',
      row({ category: { id: 'amed', basis: 'suggested' } }),
      { priorityAreas: [], diseaseAreas: [], purposes: [], candidates: { category: 'amed', priorityAreas: [], diseaseAreas: [], purposes: [] } },
    ],
    ['a declared 区分', row({ category: { id: 'amed', basis: 'declared' } }), { priorityAreas: [], diseaseAreas: [], purposes: [], candidates: { category: null, priorityAreas: [], diseaseAreas: [], purposes: [] } }],
  ];

  it.each(cases)('%s', (_what, cls, expected) => {
    expect(new ReportRowParts((id) => id).tagView(cls)).toEqual(expected);
  });

  it('gives rows naming the same tags (for other words) the same lists and candidates', () => {
    const parts = new ReportRowParts((id) => id);
    const a = parts.tagView(row({ priorityAreas: [tag('がん', 'suggested', 'がん')], diseaseAreas: [tag('感染症', 'declared')] }));
    const b = parts.tagView(row({ priorityAreas: [tag('がん', 'suggested', '腫瘍')], diseaseAreas: [tag('感染症', 'declared', '感染')] }));
    expect(b.candidates).toBe(a.candidates);
    expect(b.diseaseAreas).toBe(a.diseaseAreas);
    expect(a.purposes).toBe(NO_PARTS);
    expect(parts.tagView(row({ priorityAreas: [tag('難病', 'suggested')] })).candidates).not.toBe(a.candidates);
  });
});

describe('ReportRowParts.suggestions', () => {
  const s: Suggestion = { projectId: 'genome-data', score: 3, confidence: 'high', reasons: [] };

  it('shows each candidate once, with the project name, in the order of its keys', () => {
    const parts = new ReportRowParts((id) => `名:${id}`);
    const [shown] = parts.suggestions([s], () => null);
    expect(JSON.stringify(shown)).toBe('{"id":"genome-data","name":"名:genome-data","score":3,"confidence":"high","reasons":[]}');
    expect(parts.suggestions([s], () => null)[0]).toBe(shown);
    expect(parts.suggestions([], () => null)).toBe(NO_PARTS);
  });

  it("gives a candidate with last year's share its own amount", () => {
    const parts = new ReportRowParts((id) => id);
    const inherited: Suggestion = { ...s, share: { weight: 1, of: 2, amount: 5_000_000 } };
    expect(parts.suggestions([inherited], () => 5_000)[0]).toEqual({ id: 'genome-data', name: 'genome-data', score: 3, confidence: 'high', reasons: [], amount: 5_000 });
  });
});
