import type { Reason, Suggestion, TagMatch } from '../../src/domain/model/classification';
import { NO_PARTS, SharedParts } from '../../src/domain/classification/shared-parts';

const citation = { section: '5(1)④', text: 'データ基盤を構築する。' };
const otherCitation = { section: '5(1)④', text: 'データ基盤を構築する。' };
const term = (matched: string, weight = 1, field = 'name'): Reason => ({ kind: 'term', field, matched, weight, citation });
const tag = (id: string, reasons: readonly Reason[]): TagMatch => ({ id, name: `名${id}`, basis: 'suggested', reasons });
const suggestion = (projectId: string, reasons: readonly Reason[], confidence: Suggestion['confidence'] = 'high'): Suggestion => ({ projectId, score: 3, reasons, confidence });

describe('SharedParts', () => {
  // [what, a, b, shared?]: two parts made apart; equal ones come back as one object, others stay apart.
  const pairs: [string, (p: SharedParts) => unknown, (p: SharedParts) => unknown, boolean][] = [
    ['equal reasons', (p) => p.reason(term('ゲノム')), (p) => p.reason(term('ゲノム')), true],
    ['another word', (p) => p.reason(term('ゲノム')), (p) => p.reason(term('創薬')), false],
    ['another weight', (p) => p.reason(term('ゲノム', 1)), (p) => p.reason(term('ゲノム', 1.2)), false],
    ['another field', (p) => p.reason(term('ゲノム', 1, 'name')), (p) => p.reason(term('ゲノム', 1, 'summary')), false],
    ['an equal passage of another object', (p) => p.reason(term('ゲノム')), (p) => p.reason({ ...term('ゲノム'), citation: otherCitation }), false],
    ['citation left out or undefined', (p) => p.reason({ kind: 'term', field: 'name', matched: 'x', weight: 1 }), (p) => p.reason({ kind: 'term', field: 'name', matched: 'x', weight: 1, citation: undefined }), false],
    ['a split column (its cell)', (p) => p.reason({ kind: 'split-column', field: 'projectAmount', matched: 'L6', weight: 1 }), (p) => p.reason({ kind: 'split-column', field: 'projectAmount', matched: 'L6', weight: 1 }), false],
    [
      "last year's reason (its row)",
      (p) => p.reason({ kind: 'previous-year', field: 'previousYear', matched: 'a', weight: 1, previous: { sheet: 's', row: 3, by: 'name', similarity: 1 } }),
      (p) => p.reason({ kind: 'previous-year', field: 'previousYear', matched: 'a', weight: 1, previous: { sheet: 's', row: 3, by: 'name', similarity: 1 } }),
      false,
    ],
    ['equal reason lists', (p) => p.reasons([term('a'), term('b')]), (p) => p.reasons([term('a'), term('b')]), true],
    ['lists in another order', (p) => p.reasons([term('a'), term('b')]), (p) => p.reasons([term('b'), term('a')]), false],
    ['equal tags', (p) => p.tag(tag('x', [term('a')])), (p) => p.tag(tag('x', [term('a')])), true],
    ['tags of other reasons', (p) => p.tag(tag('x', [term('a')])), (p) => p.tag(tag('x', [term('b')])), false],
    ['equal tag lists', (p) => p.tags([tag('x', [term('a')]), tag('y', [])]), (p) => p.tags([tag('x', [term('a')]), tag('y', [])]), true],
    ['tag lists in another order', (p) => p.tags([tag('x', [term('a')]), tag('y', [])]), (p) => p.tags([tag('y', []), tag('x', [term('a')])]), false],
    // Hardly two rows have the same candidates with the same reasons: a row's list is its own, its members shared.
    ['equal candidate lists', (p) => p.suggestions([suggestion('genome', [term('a')])]), (p) => p.suggestions([suggestion('genome', [term('a')])]), false],
    ['members of equal candidate lists', (p) => p.suggestions([suggestion('genome', [term('a')])])[0], (p) => p.suggestions([suggestion('genome', [term('a')])])[0], true],
    ['words differing in one inner character', (p) => p.reason(term('ゲノム創薬基盤')), (p) => p.reason(term('ゲノム医療基盤')), false],
    ['equal suggestions', (p) => p.suggestion(suggestion('genome', [term('a')])), (p) => p.suggestion(suggestion('genome', [term('a')])), true],
    ['another confidence', (p) => p.suggestion(suggestion('genome', [term('a')])), (p) => p.suggestion(suggestion('genome', [term('a')], 'low')), false],
    ['equal categories', (p) => p.category({ id: 'amed', basis: 'declared' }), (p) => p.category({ id: 'amed', basis: 'declared' }), true],
    ['categories of another basis', (p) => p.category({ id: 'amed', basis: 'declared' }), (p) => p.category({ id: 'amed', basis: 'suggested' }), false],
  ];

  it.each(pairs)('%s', (_what, a, b, shared) => {
    const parts = new SharedParts();
    const first = a(parts);
    const second = b(parts);
    expect(first === second).toBe(shared);
    // Shared or not, each is what it was made as, key order included.
    expect(JSON.stringify(first)).toBe(JSON.stringify(a(new SharedParts())));
    expect(JSON.stringify(second)).toBe(JSON.stringify(b(new SharedParts())));
  });

  it('gives the same empty list for every empty list, frozen', () => {
    const parts = new SharedParts();
    expect(parts.reasons([])).toBe(NO_PARTS);
    expect(parts.tags([])).toBe(NO_PARTS);
    expect(parts.suggestions([])).toBe(NO_PARTS);
    expect(Object.isFrozen(NO_PARTS)).toBe(true);
  });

  it("keeps a list holding a row's own reason with that row, its other members shared", () => {
    const parts = new SharedParts();
    const own: Reason = { kind: 'split-column', field: 'projectAmount', matched: 'L6', weight: 1 };
    const a = parts.reasons([own, term('a')]);
    const b = parts.reasons([own, term('a')]);
    expect(a).not.toBe(b);
    expect(a[0]).toBe(own);
    expect(a[1]).toBe(b[1]);
  });

  it('tells apart parts of the same number (words alike at the characters it reads)', () => {
    const parts = new SharedParts();
    const [a, b, c] = ['abcde', 'axcde', 'aycde'].map((w) => parts.reason(term(w)));
    expect(new Set([a, b, c]).size).toBe(3);
    expect(parts.reason(term('axcde'))).toBe(b);
    expect(parts.reason(term('aycde'))).toBe(c);
    expect(parts.reason(term('abcde'))).toBe(a);
  });

  it("leaves a candidate with last year's share as it is", () => {
    const parts = new SharedParts();
    const inherited: Suggestion = { ...suggestion('genome', [term('a')]), share: { weight: 1, of: 2, amount: 500 } };
    expect(parts.suggestion(inherited)).toBe(inherited);
  });

  it('starts afresh when full, and still gives equal parts', () => {
    const parts = new SharedParts(4);
    // Each word is looked up a few times: forgotten and made again as the table fills.
    const made = Array.from({ length: 20 }, (_, i) => parts.reason(term(`w${i % 7}`)));
    for (let i = 0; i < made.length; i++) expect(made[i]).toEqual(term(`w${i % 7}`));
    expect(parts.reason(term('w1'))).toBe(parts.reason(term('w1')));
  });
});
