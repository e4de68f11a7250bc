import { findingsOf, part } from './builders';

const withErrors = (n: number) => ({ summary: { errors: n, warnings: 0, infos: 0, rows: 3 } });

describe('input-has-errors', () => {
  it.each([
    ['no errors, warnings only', [part('文部科学省', 'a.xlsx', [], { summary: { errors: 0, warnings: 4, infos: 1, rows: 3 } })], []],
    ['one input with 2 errors', [part('文部科学省', 'a.xlsx'), part('厚生労働省', 'b.xlsx', [], withErrors(2))], ['b.xlsx（厚生労働省）の検証にエラーが 2 件残っています。その府省の要求表を直して検証し直してください。']],
    ['a submission sheet written with --force (its header says so)', [part('経済産業省', 'c.xlsx', [], { ...withErrors(1), input: { file: 'c.xlsx', sheet: '提出用シート', kind: 'submission' } })], ['c.xlsx（経済産業省）の検証にエラーが 1 件残っています。その府省の要求表を直して検証し直してください。']],
  ])('%s', (_, parts, messages) => {
    expect(findingsOf('input-has-errors', parts).map((f) => f.message)).toEqual(messages);
  });
});
