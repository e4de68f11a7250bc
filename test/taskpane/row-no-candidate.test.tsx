/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { Accordion } from '@fluentui/react-components';
import { screen } from '@testing-library/react';
import { checkSheet } from '../../src/domain/engine/check';
import type { CellValue, SheetGrid } from '../../src/domain/model/grid';
import { loadPacks } from '../../src/domain/policy/registry';
import { RowClassification } from '../../src/taskpane/components/RowClassifications';
import { stringsFor } from '../../src/taskpane/i18n';
import { renderInPane } from './render';

const packs = loadPacks();
const rows: CellValue[][] = [
  ['革新的先端研究開発支援事業', 'AMED', 100, 100, ''],
  ['がん研究事業', 'AMED', 200, 200, ''],
];
const grid: SheetGrid = { sheetName: '厚生労働省', originRow: 0, originCol: 0, values: [['令和6年度 概算要求（単位：千円）'], [], ['事業名', '区分', '前年度予算額', '要求額', '統合プロジェクト'], ...rows] };

describe.each(['ja', 'en'] as const)('the pane’s row line for a row with no candidate (%s)', (locale) => {
  const report = checkSheet(grid, { packs, locale, now: new Date('2026-11-22T00:00:00Z') });
  const pack = packs.find((p) => p.id === report.policy.id);
  const projectLabels = Object.fromEntries((pack?.projects ?? []).map((p) => [p.id, `${p.marker}${p.name}`]));
  const show = (name: string) => {
    const row = report.rows.find((r) => r.name === name);
    if (!row) throw new Error(name);
    renderInPane(
      <Accordion collapsible defaultOpenItems={[row.row]}>
        <RowClassification row={row} projectLabels={projectLabels} categoryLabels={{}} strings={stringsFor(locale)} onSelectCell={() => {}} accepted={false} onAccept={() => {}} onWithdraw={() => {}} />
      </Accordion>,
    );
  };
  const expected = {
    ja: { noProject: '統合プロジェクトの記載なし', generic: /統合プロジェクトの候補なし: どの事業名にも使われる一般的な語（革新的、先端、研究開発、支援）/, tie: /統合プロジェクトの候補なし: .*①医薬品プロジェクト.*が同点/ },
    en: { noProject: 'No integrated project stated', generic: /No suggested project: only general words every program name uses \(革新的, 先端, 研究開発, 支援\)/, tie: /No suggested project: .*①医薬品プロジェクト.* tie/ },
  }[locale];

  it('only general words: says so and names them', () => {
    show('革新的先端研究開発支援事業');
    expect(screen.getByText(expected.generic)).toBeTruthy();
    // The heading's line says what the sheet states (no project), not a bare 「なし」.
    expect(screen.getByText(expected.noProject)).toBeTruthy();
  });

  it('a tie: names the tied projects, and offers none of them as the candidate (a suggested 疾患領域 may still be accepted)', () => {
    show('がん研究事業');
    expect(screen.getByText(expected.tie)).toBeTruthy();
    expect(screen.getByText(stringsFor(locale).rows.category)).toBeTruthy(); // the panel is open
    const s = stringsFor(locale).rows;
    expect(screen.queryByText(new RegExp(`^${s.projects}: `))).toBeNull();
    expect(screen.queryByText(/確度 低|confidence: low/)).toBeNull();
  });
});
