import fc from 'fast-check';
import { classify } from '../../src/domain/classification';
import type { CellValue } from '../../src/domain/model/grid';
import type { BudgetRow, Field } from '../../src/domain/model/table';
import { getPack } from '../../src/domain/policy/registry';
import { syntheticPack } from '../helpers/synthetic-pack';
import { row, table } from './rows';

const packs = [syntheticPack(), syntheticPack({ projects: 8 }), getPack('R6'), getPack('R4')].filter((p) => p !== undefined);

/** Fragments real cells are made of, so that random text often hits names, markers and separators. */
const FRAGMENTS = ['①', '④', '⑨', '❸', 'PJ', 'ＰＪ', '・', '、', '／', '～', '-', '\n', ' ', '　', '（', '）', '医薬品', '医療機器・ヘルスケア', 'ゲノムデータ基盤', '疾患基盤研究', 'がん', '難病', '感染症', 'プロジェクト', '基金', '補正', '調整費', 'ムーンショット', 'AMED', 'インハウス', '予後・QOL', 'iPS', '創薬', 'データ基盤'];

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join('')),
);
const raw: fc.Arbitrary<CellValue> = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant({ error: '#REF!' }));
const textField = (col: string) => fc.option(fc.tuple(text, raw).map(([value, r]): Field<string> => ({ value, cell: `${col}9`, raw: r })), { nil: undefined });
const amount = fc.option(fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.constant(0)), { nil: null });
const amountField = (col: string) => fc.option(amount.map((value): Field<number | null> => ({ value, cell: `${col}9`, raw: value })), { nil: undefined });

const anyRow: fc.Arbitrary<BudgetRow> = fc
  .record({
    rowNumber: fc.integer({ min: 1, max: 1_048_576 }),
    name: textField('B').map((f) => f ?? { value: '', cell: 'B9', raw: null }),
    category: textField('D'),
    total: amountField('H'),
    request: amountField('F'),
    priorityRequest: amountField('G'),
    projectLabel: textField('I'),
    diseaseArea: textField('J'),
    purpose: textField('K'),
    priorityArea: textField('L'),
    summary: textField('M'),
    remarks: textField('O'),
    department: textField('C'),
    projectAmounts: fc.array(
      fc.record({ projectId: fc.constantFrom('pharma', 'devices', 'genome-data', 'infection', 'no-such-project'), amount: amount.map((value) => ({ value, cell: 'P9', raw: value })) }),
      { maxLength: 4 },
    ),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as BudgetRow);

describe('classify on any sheet', () => {
  it('never throws, and keeps its promises whatever the rows hold', () => {
    fc.assert(
      fc.property(fc.constantFrom(...packs), fc.array(anyRow, { maxLength: 6 }), (pack, rows) => {
        const result = classify(table(rows), pack);
        expect(result.rows.map((r) => r.rowNumber)).toEqual(rows.map((r) => r.rowNumber));
        const ids = new Set(pack.projects.map((p) => p.id));
        for (const r of result.rows) {
          for (const share of r.projects) {
            expect(ids.has(share.projectId)).toBe(true);
            expect(share.basis).toBe(r.basis);
            if (share.basis === 'split') expect(share.amount).not.toBe(0);
          }
          for (const s of r.suggestions) expect(s.reasons.length).toBeGreaterThan(0);
        }
        for (const f of result.findings) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same answer twice, and for each row the same answer whatever the row order', () => {
    const pack = syntheticPack();
    fc.assert(
      fc.property(fc.array(anyRow, { minLength: 1, maxLength: 6 }), (rows) => {
        const numbered = rows.map((r, i) => ({ ...r, rowNumber: i + 2 }));
        const first = classify(table(numbered), pack);
        expect(classify(table(numbered), pack)).toEqual(first);
        const reversed = classify(table([...numbered].reverse()), pack);
        expect([...reversed.rows].reverse()).toEqual(first.rows);
        const byRow = (fs: typeof first.findings) => [...fs].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
        expect(byRow(reversed.findings)).toEqual(byRow(first.findings));
      }),
      { numRuns: 100 },
    );
  });

  it('classifies real-looking rows the same however often they repeat', () => {
    const pack = syntheticPack();
    const spec = { name: '再生医療実用化研究事業', projectLabel: 'ゲノムデータ基盤、がん', diseaseArea: '難病', total: 100 };
    const once = classify(table([row(5, spec)]), pack);
    const many = classify(table(Array.from({ length: 50 }, (_, i) => row(5 + i, spec))), pack);
    for (const r of many.rows) expect({ ...r, rowNumber: 5 }).toEqual(once.rows[0]);
    expect(many.findings).toHaveLength(once.findings.length * 50);
  });
});
