import { findingsOf, part } from './builders';

describe('policy-mismatch', () => {
  it.each([
    ['all R6', [part('文部科学省', 'a.xlsx'), part('厚生労働省', 'b.xlsx')], []],
    ['one R4 among R6', [part('文部科学省', 'a.xlsx'), part('厚生労働省', 'b.xlsx', [], { policyId: 'R4' }), part('経済産業省', 'c.xlsx')], ['b.xlsx']],
    ['the first differs from the rest', [part('文部科学省', 'a.xlsx', [], { policyId: 'R4' }), part('厚生労働省', 'b.xlsx'), part('経済産業省', 'c.xlsx')], ['b.xlsx', 'c.xlsx']],
  ])('%s', (_, parts, files) => {
    const found = findingsOf('policy-mismatch', parts);
    expect(found.map((f) => f.file)).toEqual(files);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });

  it('names both years', () => {
    const [f] = findingsOf('policy-mismatch', [part('文部科学省', 'a.xlsx'), part('厚生労働省', 'b.xlsx', [], { policyId: 'R4' })]);
    expect(f.message).toBe('b.xlsx は R4 で検証されていますが、a.xlsx は R6 です。年度の違う要求は取りまとめられません。同じ年度で検証し直してください（--year）。');
  });
});
