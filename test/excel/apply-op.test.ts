import { characterMetrics, columnWidthPoints } from '../../src/excel/apply-op';

describe('column widths in characters → points', () => {
  it.each([
    // Calibri 11: standard width 8.43 characters = 64 px = 48 pt.
    [8.43, 48, 9.140625, 48],
    [8.43, 48, 10, 52.5],
    [8.43, 48, 30, 157.5],
    // 游ゴシック 11: standard width 8.38 characters = 72 px = 54 pt.
    [8.38, 54, 10, 60],
    // Unreadable metrics fall back to Calibri's 7 px digit.
    [0, 0, 10, 52.5],
  ])('standard %s ch / %s pt: %s characters → %s pt', (standardWidth, defaultPoints, characters, points) => {
    expect(columnWidthPoints(characters, characterMetrics(standardWidth, defaultPoints))).toBe(points);
  });
});
