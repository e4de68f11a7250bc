import { findingsOf, part } from './builders';

describe('ministry-unknown', () => {
  it.each([
    ['every ministry known', [part('文部科学省', 'a.xlsx'), part('厚生労働省', 'b.xlsx')], []],
    ['one unknown', [part('文部科学省', 'a.xlsx'), part(null, 'b.xlsx')], ['b.xlsx']],
    ['two unknown', [part(null, 'a.xlsx'), part(null, 'b.xlsx')], ['a.xlsx', 'b.xlsx']],
  ])('%s', (_, parts, files) => {
    const found = findingsOf('ministry-unknown', parts);
    expect(found.map((f) => f.file)).toEqual(files);
    for (const f of found) expect(f).toMatchObject({ severity: 'error', message: expect.stringContaining(`--ministry ${f.file}=厚生労働省`) });
  });

  it('speaks English when asked', () => {
    expect(findingsOf('ministry-unknown', [part(null, 'x.xlsx')], 'en')[0].message).toMatch(/^Cannot tell which ministry x\.xlsx is from/);
  });
});
