import { writeReportJson } from '../../src/domain/engine/report-json';
import { checkSheet } from '../../src/domain/engine/check';
import { loadPacks } from '../../src/domain/policy/registry';
import { generateSheet } from '../../bench/generate-sheet';

describe('writeReportJson', () => {
  const packs = loadPacks();
  const pack = packs.find((p) => p.id === 'R6')!;
  const report = checkSheet(generateSheet({ rows: 2_000, layout: 'label-million', pack }).grid, { packs, locale: 'ja', now: new Date('2024-06-26T09:00:00+09:00') });

  it('writes one JSON document in pieces of bounded size, rows and findings all there', () => {
    const pieces: string[] = [];
    writeReportJson(report, (piece) => pieces.push(piece));
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200_000);
    const json = JSON.parse(pieces.join(''));
    expect(json.rows).toHaveLength(report.rows.length);
    expect(json.findings).toEqual(JSON.parse(JSON.stringify(report.findings)));
    expect(json.totals).toEqual(report.totals);
    expect(json.rows[0]).toEqual(expect.objectContaining({ row: report.rows[0].row, name: report.rows[0].name, suggestions: expect.any(Array) }));
  });

  it('restores every reason exactly from its citation index', () => {
    const pieces: string[] = [];
    writeReportJson(report, (piece) => pieces.push(piece), { detail: true });
    const json = JSON.parse(pieces.join(''));
    const restore = (r: { citation?: number }) => (r.citation === undefined ? r : { ...r, citation: json.citations[r.citation] });
    report.rows.slice(0, 50).forEach((row, i) => {
      const written = json.rows[i];
      expect(written.suggestions.map((s: { reasons: { citation?: number }[] }) => s.reasons.map(restore))).toEqual(row.suggestions.map((s) => JSON.parse(JSON.stringify(s.reasons))));
      expect(written.classification.diseaseAreas.map((t: { reasons: { citation?: number }[] }) => t.reasons.map(restore))).toEqual(row.classification.diseaseAreas.map((t) => JSON.parse(JSON.stringify(t.reasons))));
    });
  });
});
