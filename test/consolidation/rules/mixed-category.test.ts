import { findingsOf, line, part } from './builders';

describe('mixed-category', () => {
  it.each([
    ['AMED only', [part('厚生労働省', 'a.xlsx', [line('創薬基盤推進研究事業'), line('難治性疾患実用化研究事業')])], []],
    ['AMED and インハウス lines in one ministry', [part('厚生労働省', 'a.xlsx', [line('感染症研究開発事業'), line('感染症研究開発事業', 'インハウス研究機関経費')])], ['感染症研究開発事業']],
    ['across ministries', [part('厚生労働省', 'a.xlsx', [line('感染症研究開発事業')]), part('文部科学省', 'b.xlsx', [line('感染症研究開発事業', 'インハウス研究機関経費')])], ['感染症研究開発事業']],
    ['区分不明 is neither', [part('厚生労働省', 'a.xlsx', [line('感染症研究開発事業'), line('感染症研究開発事業', '区分不明')])], []],
  ])('%s', (_, parts, names) => {
    const found = findingsOf('mixed-category', parts);
    expect(found.map((f) => f.params.name)).toEqual(names);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('says where each part is', () => {
    const [f] = findingsOf('mixed-category', [part('厚生労働省', 'a.xlsx', [line('感染症研究開発事業')]), part('文部科学省', 'b.xlsx', [line('感染症研究開発事業', 'インハウス研究機関経費')])]);
    expect(f.message).toBe('事業「感染症研究開発事業」にAMED対象経費の行（厚生労働省）とインハウス研究機関経費の行（文部科学省）があります。二重計上でないこと、それぞれの内容を説明できるようにしてください。');
  });
});
