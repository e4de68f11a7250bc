/** @jest-environment jsdom */
import * as React from 'react';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckReport, ReportFinding } from '../../src/domain/model/report';
import { FindingsList } from '../../src/taskpane/components/FindingsList';
import { stringsFor } from '../../src/taskpane/i18n';
import { renderInPane } from './render';

function finding(rule: string, severity: ReportFinding['severity'], message: string, cell?: string, row?: number): ReportFinding {
  return { rule, severity, message, sheet: '要求表', params: {}, ...(cell ? { cell, column: cell.replace(/\d+/, '') } : {}), ...(row ? { row } : {}) };
}

const findings: ReportFinding[] = [
  finding('split-sum-mismatch', 'error', '内訳の合計が計と一致しません', 'H12', 12),
  finding('unit-assumed', 'warning', '単位を千円とみなしました'),
  finding('split-sum-mismatch', 'error', '内訳の合計が計と一致しません（2）', 'H15', 15),
  finding('disease-area-unknown', 'info', '疾患領域が分かりません', undefined, 20),
];
// Catalogue order differs from the order findings arrive in and from severity order: the list goes by severity, then catalogue.
const groups: CheckReport['groups'] = [
  { rule: 'unit-assumed', title: '単位の推定', severity: 'warning', count: 1 },
  { rule: 'split-sum-mismatch', title: '内訳と計の不一致', severity: 'error', count: 2 },
  { rule: 'disease-area-unknown', title: '疾患領域が不明', severity: 'info', count: 1 },
];

function setup(selected: number | null = null) {
  const onActivate = jest.fn();
  renderInPane(<FindingsList groups={groups} findings={findings} strings={stringsFor('ja')} selected={selected} onActivate={onActivate} />);
  return { onActivate, user: userEvent.setup() };
}

/** The list is flat (virtualised): a heading line per rule, followed by that rule's findings. */
function groupSections(): HTMLElement[] {
  return screen.queryAllByRole('listitem').filter((el) => el.getAttribute('data-line') === 'group');
}
const findingLines = (rule?: string) =>
  screen.queryAllByRole('listitem').filter((el) => el.getAttribute('data-line') === 'finding' && (rule === undefined || el.getAttribute('data-rule') === rule));

describe('FindingsList', () => {
  it('groups findings by rule, errors first, then warnings, then infos, each group named with its severity as text', () => {
    setup();
    const sections = groupSections();
    expect(sections.map((s) => s.getAttribute('data-rule'))).toEqual(['split-sum-mismatch', 'unit-assumed', 'disease-area-unknown']);
    const split = sections[0];
    expect(within(split).getByRole('heading', { level: 4 }).textContent).toContain('エラー');
    expect(within(split).getByRole('heading', { level: 4 }).textContent).toContain('内訳と計の不一致');
    expect(findingLines('split-sum-mismatch').map((li) => li.textContent)).toEqual([
      expect.stringContaining('H12'),
      expect.stringContaining('H15'),
    ]);
  });

  it('shows every severity by its word next to its icon, once per group, and says it to a screen reader on each finding', () => {
    setup();
    const headings = groupSections().map((li) => li.querySelector('[data-severity]'));
    expect(headings.map((el) => el?.textContent)).toEqual(['エラー', '警告', '情報']);
    for (const el of headings) expect(el?.querySelector('svg')).not.toBeNull();
    const items = findingLines();
    expect(items.map((li) => li.querySelector('[data-severity]'))).toEqual([null, null, null, null]);
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^エラーH12内訳/),
      expect.stringMatching(/^エラーH15内訳/),
      expect.stringMatching(/^警告単位/),
      expect.stringMatching(/^情報20 行目疾患/),
    ]);
  });

  it.each([
    ['エラー', ['unit-assumed', 'disease-area-unknown']],
    ['警告', ['split-sum-mismatch', 'disease-area-unknown']],
    ['情報', ['split-sum-mismatch', 'unit-assumed']],
  ])('hides the %s findings when that severity is unticked', async (label, remaining) => {
    const { user } = setup();
    await user.click(screen.getByRole('checkbox', { name: new RegExp(label) }));
    expect(groupSections().map((s) => s.getAttribute('data-rule'))).toEqual(remaining);
  });

  it('says so when the filter hides every finding, and shows them again when ticked', async () => {
    const { user } = setup();
    for (const label of ['エラー', '警告', '情報']) await user.click(screen.getByRole('checkbox', { name: new RegExp(label) }));
    expect(groupSections()).toHaveLength(0);
    expect(screen.getByText('選んだ重大度の指摘はありません。')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /警告/ }));
    expect(groupSections().map((s) => s.getAttribute('data-rule'))).toEqual(['unit-assumed']);
  });

  it('counts each severity in the filter', () => {
    setup();
    expect(screen.getByRole('checkbox', { name: /エラー（2）/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /警告（1）/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /情報（1）/ })).toBeTruthy();
  });

  it('activates a finding with Enter from the keyboard, passing the finding and its index', async () => {
    const { onActivate, user } = setup();
    const button = screen.getByRole('button', { name: /H15/ });
    act(() => button.focus());
    await user.keyboard('{Enter}');
    expect(onActivate).toHaveBeenCalledTimes(1);
    expect(onActivate).toHaveBeenCalledWith(findings[2], 2);
  });

  it('activates a finding with Space and with a click', async () => {
    const { onActivate, user } = setup();
    act(() => screen.getByRole('button', { name: /H12/ }).focus());
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: /H15/ }));
    expect(onActivate.mock.calls.map(([, index]) => index)).toEqual([0, 2]);
  });

  it('is one tab stop: Tab from the filter lands on the first finding, and Tab again leaves the list', async () => {
    const { user } = setup();
    act(() => screen.getByRole('checkbox', { name: /情報/ }).focus());
    await user.tab();
    expect(document.activeElement?.getAttribute('data-cell')).toBe('H12');
    await user.tab();
    expect(document.activeElement?.getAttribute('data-cell')).toBeNull();
  });

  it.each([
    ['H12', '{ArrowDown}', 'H15'],
    ['H15', '{ArrowUp}', 'H12'],
    ['H12', '{ArrowUp}', 'H12'],
    ['H15', '{ArrowDown}', 'H15'],
    ['H12', '{End}', 'H15'],
    ['H15', '{Home}', 'H12'],
  ])('moves from %s with %s to %s', async (from, key, to) => {
    const { user, onActivate } = setup();
    act(() => screen.getByRole('button', { name: new RegExp(from) }).focus());
    await user.keyboard(key);
    expect(document.activeElement?.getAttribute('data-cell')).toBe(to);
    expect(onActivate).not.toHaveBeenCalled();
  });

  it('comes back by Tab to the finding last focused', async () => {
    const { user } = setup();
    act(() => screen.getByRole('button', { name: /H12/ }).focus());
    await user.keyboard('{ArrowDown}');
    act(() => screen.getByRole('checkbox', { name: /情報/ }).focus());
    await user.tab();
    expect(document.activeElement?.getAttribute('data-cell')).toBe('H15');
  });

  it('offers no action for a finding without a cell, and names its row instead', () => {
    setup();
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-cell'))).toEqual(['H12', 'H15']);
    expect(screen.getByText('20 行目')).toBeTruthy();
  });

  it('marks the selected finding as current', () => {
    setup(2);
    expect(screen.getByRole('button', { name: /H15/ }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('button', { name: /H12/ }).getAttribute('aria-current')).toBeNull();
  });

  it('says there is nothing to show when the report has no findings', () => {
    renderInPane(<FindingsList groups={[]} findings={[]} strings={stringsFor('en')} selected={null} onActivate={() => undefined} />);
    expect(screen.getByText('No findings.')).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
