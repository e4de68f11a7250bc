import { findingsOf, part } from './builders';

describe('ministry-twice', () => {
  it.each([
    ['three ministries', [part('文部科学省', 'a.xlsx'), part('厚生労働省', 'b.xlsx'), part('経済産業省', 'c.xlsx')], []],
    ['厚生労働省 twice', [part('厚生労働省', 'a.xlsx'), part('文部科学省', 'b.xlsx'), part('厚生労働省', 'c.xlsx')], ['厚生労働省の入力が複数あります（a.xlsx、c.xlsx）。二重に計上されるため、どちらか一方にしてください。']],
    ['unknown ministries are not "the same"', [part(null, 'a.xlsx'), part(null, 'b.xlsx')], []],
  ])('%s', (_, parts, messages) => {
    const found = findingsOf('ministry-twice', parts);
    expect(found.map((f) => f.message)).toEqual(messages);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });
});
