import type { Unit } from '../../src/domain/model/amount';
import { detectUnit } from '../../src/domain/reading';
import { stripUnitStatements } from '../../src/domain/reading/unit';

describe('detectUnit', () => {
  test.each<[string, Unit | null]>([
    ['令和６年度 概算要求 医療分野研究開発関連（単位：千円）', '千円'],
    ['（単位：百万円）', '百万円'],
    ['単位:千円', '千円'],
    ['単位 ： 億円', '億円'],
    ['(単位 円)', '円'],
    ['令和６年度要求額（千円）', '千円'],
    ['要求額[百万円]', '百万円'],
    ['前年度予算額【千円】', '千円'],
    ['千円', '千円'],
    ['　百万円　', '百万円'],
    ['金額（円）', '円'],
    // amounts are not unit statements
    ['科学技術イノベーション創造推進費（175億円）', null],
    ['1,234千円', null],
    ['要求額', null],
    ['', null],
    ['円滑な実施', null],
  ])('%s → %s', (text, expected) => {
    expect(detectUnit(text)).toBe(expected);
  });
});

describe('stripUnitStatements', () => {
  test.each([
    ['令和６年度要求額（千円）', '令和6年度要求額'],
    ['要求額 (単位:百万円)', '要求額'],
    ['千円', ''],
    ['（単位：千円）', ''],
    ['事業名', '事業名'],
  ])('%s → %s', (text, expected) => {
    expect(stripUnitStatements(text)).toBe(expected);
  });
});
