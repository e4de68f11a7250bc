import { columnRange, exactCriterion, literal, rate, sumifs, sumTagged } from '../../src/domain/submission/formulas';

describe('formula text', () => {
  it.each([
    ['医薬品プロジェクト', '"医薬品プロジェクト"'],
    ['say "hi"', '"say ""hi"""'],
    ['a*b?c~d', '"a~*b~?c~~d"'],
    ['=x', '"==x"'],
    ['<5', '"=<5"'],
  ])('SUMIFS criterion for %s matches it exactly: %s', (text, criterion) => {
    expect(exactCriterion(text)).toBe(criterion);
  });

  it('builds SUMIFS over detail columns', () => {
    expect(sumifs(columnRange(5, 39, 94), [[columnRange(3, 39, 94), 'AMED対象経費'], [columnRange(10, 39, 94), '対象']])).toBe(
      '=SUMIFS($F$40:$F$95,$D$40:$D$95,"AMED対象経費",$K$40:$K$95,"対象")',
    );
  });

  it('matches a tag between separators so a name inside another name does not count', () => {
    expect(sumTagged('$F$2:$F$9', '$M$2:$M$9', 'がん', '／', '$K$2:$K$9', '対象')).toBe(
      '=SUMPRODUCT(ISNUMBER(FIND("／がん／","／"&$M$2:$M$9&"／"))*($K$2:$K$9="対象"),$F$2:$F$9)',
    );
  });

  it('guards 増減率 against a zero 前年度', () => {
    expect(rate('J5', 'I5', 'F5', '皆増', '－')).toBe('=IF(I5=0,IF(F5=0,"－","皆増"),J5/I5)');
    expect(literal('')).toBe('""');
  });
});
