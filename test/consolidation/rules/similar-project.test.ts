import { findingsOf, line, part } from './builders';

describe('similar-project', () => {
  it.each([
    ['the same name in two ministries', '再生医療実用化研究事業', '再生医療実用化研究事業', 100],
    ['one variant character (靱/靭)', '医療機器等における先進的研究開発・開発体制強靱化事業', '医療機器等における先進的研究開発・開発体制強靭化事業', 96],
    ['full-width and spaces differ only', 'ゲノム医療実現推進プラットフォーム事業', 'ゲノム医療実現推進 プラットフォーム事業', 100],
  ])('reported: %s', (_, a, b, similarity) => {
    const found = findingsOf('similar-project', [part('厚生労働省', 'mhlw.xlsx', [line(a)]), part('経済産業省', 'meti.xlsx', [line(b)])]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', file: 'meti.xlsx', cell: 'B6', params: { ministry: '厚生労働省', otherMinistry: '経済産業省', similarity } });
    expect(found[0].message).toContain(`類似度 ${similarity}%`);
  });

  it.each([
    ['different programs', '再生医療実用化研究事業', '革新的がん医療実用化研究事業'],
    ['a shared word only', '創薬基盤推進研究事業', '医療機器基盤整備事業'],
    ['names too short to compare', '研究費', '研究費'],
  ])('not reported: %s', (_, a, b) => {
    expect(findingsOf('similar-project', [part('厚生労働省', 'mhlw.xlsx', [line(a)]), part('経済産業省', 'meti.xlsx', [line(b)])])).toEqual([]);
  });

  it("one ministry's own duplicates are left to the sheet rule duplicate-project", () => {
    expect(findingsOf('similar-project', [part('厚生労働省', 'mhlw.xlsx', [line('再生医療実用化研究事業'), line('再生医療実用化研究事業')])])).toEqual([]);
  });

  it("a 事業's share lines count once", () => {
    const shares = [line('認知症研究開発事業'), line('認知症研究開発事業', 'AMED対象経費', { projectId: 'genome', project: 'ゲノム・データ基盤プロジェクト' })];
    expect(findingsOf('similar-project', [part('厚生労働省', 'a.xlsx', shares), part('文部科学省', 'b.xlsx', [line('認知症研究開発事業')])])).toHaveLength(1);
  });
});
