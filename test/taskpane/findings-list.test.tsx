/** @jest-environment jsdom */
import * as React from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckReport, ReportFinding } from '../../src/domain/model/report';
import { FindingsList } from '../../src/taskpane/components/FindingsList';
import type { FindingsSource } from '../../src/taskpane/components/sources';
import { FindingsIndex } from '../../src/taskpane/engine/findings-index';
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

/** The engine's side, as the keeper answers it: the same index, asked asynchronously. */
function sourceOf(report: { findings: ReportFinding[]; groups: CheckReport['groups'] }): FindingsSource {
  const index = new FindingsIndex(report);
  return {
    outline: async (shown) => index.outline(shown),
    lines: async (shown, from, to) => index.lines(shown, from, to),
    step: async (shown, line, step) => index.step(shown, line, step),
  };
}

/** Renders the list and waits until its lines have come from the source. */
async function setup(selected: number | null = null) {
  const onActivate = jest.fn();
  renderInPane(<FindingsList source={sourceOf({ findings, groups })} counts={{ error: 2, warning: 1, info: 1 }} strings={stringsFor('ja')} selected={selected} onActivate={onActivate} />);
  await settled();
  return { onActivate, user: userEvent.setup() };
}

/** No line is waiting for the engine any more. */
async function settled() {
  await waitFor(() => {
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('listitem').filter((el) => el.getAttribute('data-line') === 'pending')).toEqual([]);
  });
}

/** The list is flat (virtualised): a heading line per rule, followed by that rule's findings. */
function groupSections(): HTMLElement[] {
  return screen.queryAllByRole('listitem').filter((el) => el.getAttribute('data-line') === 'group');
}
const findingLines = (rule?: string) =>
  screen.queryAllByRole('listitem').filter((el) => el.getAttribute('data-line') === 'finding' && (rule === undefined || el.getAttribute('data-rule') === rule));

describe('FindingsList', () => {
  it('groups findings by rule, errors first, then warnings, then infos, each group named with its severity as text', async () => {
    await setup();
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

  it('shows every severity by its word next to its icon, once per group, and says it to a screen reader on each finding', async () => {
    await setup();
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
    const { user } = await setup();
    await user.click(screen.getByRole('checkbox', { name: new RegExp(label) }));
    await waitFor(() => expect(groupSections().map((s) => s.getAttribute('data-rule'))).toEqual(remaining));
  });

  it('says so when the filter hides every finding, and shows them again when ticked', async () => {
    const { user } = await setup();
    for (const label of ['エラー', '警告', '情報']) await user.click(screen.getByRole('checkbox', { name: new RegExp(label) }));
    expect(await screen.findByText('選んだ重大度の指摘はありません。')).toBeTruthy();
    expect(groupSections()).toHaveLength(0);
    await user.click(screen.getByRole('checkbox', { name: /警告/ }));
    await waitFor(() => expect(groupSections().map((s) => s.getAttribute('data-rule'))).toEqual(['unit-assumed']));
  });

  it('counts each severity in the filter', async () => {
    await setup();
    expect(screen.getByRole('checkbox', { name: /エラー（2）/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /警告（1）/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /情報（1）/ })).toBeTruthy();
  });

  it('activates a finding with Enter from the keyboard, passing the finding and its index', async () => {
    const { onActivate, user } = await setup();
    const button = screen.getByRole('button', { name: /H15/ });
    act(() => button.focus());
    await user.keyboard('{Enter}');
    expect(onActivate).toHaveBeenCalledTimes(1);
    expect(onActivate).toHaveBeenCalledWith(findings[2], 2);
  });

  it('activates a finding with Space and with a click', async () => {
    const { onActivate, user } = await setup();
    act(() => screen.getByRole('button', { name: /H12/ }).focus());
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: /H15/ }));
    expect(onActivate.mock.calls.map(([, index]) => index)).toEqual([0, 2]);
  });

  it('is one tab stop: Tab from the filter lands on the first finding, and Tab again leaves the list', async () => {
    const { user } = await setup();
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
    const { user, onActivate } = await setup();
    act(() => screen.getByRole('button', { name: new RegExp(from) }).focus());
    await user.keyboard(key);
    // The engine finds the next finding with a cell: the focus moves when it answers.
    await waitFor(() => expect(document.activeElement?.getAttribute('data-cell')).toBe(to));
    expect(onActivate).not.toHaveBeenCalled();
  });

  it('comes back by Tab to the finding last focused', async () => {
    const { user } = await setup();
    act(() => screen.getByRole('button', { name: /H12/ }).focus());
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-cell')).toBe('H15'));
    act(() => screen.getByRole('checkbox', { name: /情報/ }).focus());
    await user.tab();
    expect(document.activeElement?.getAttribute('data-cell')).toBe('H15');
  });

  it('offers no action for a finding without a cell, and names its row instead', async () => {
    await setup();
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-cell'))).toEqual(['H12', 'H15']);
    expect(screen.getByText('20 行目')).toBeTruthy();
  });

  it('marks the selected finding as current', async () => {
    await setup(2);
    expect(screen.getByRole('button', { name: /H15/ }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('button', { name: /H12/ }).getAttribute('aria-current')).toBeNull();
  });

  it('says there is nothing to show when the report has no findings', async () => {
    renderInPane(<FindingsList source={sourceOf({ findings: [], groups: [] })} counts={{ error: 0, warning: 0, info: 0 }} strings={stringsFor('en')} selected={null} onActivate={() => undefined} />);
    expect(screen.getByText('No findings.')).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('shows a placeholder for lines still on their way from the engine, then the lines', async () => {
    const index = new FindingsIndex({ findings, groups });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const source: FindingsSource = {
      outline: async (shown) => index.outline(shown),
      lines: async (shown, from, to) => {
        await held;
        return index.lines(shown, from, to);
      },
      step: async (shown, line, step) => index.step(shown, line, step),
    };
    renderInPane(<FindingsList source={source} counts={{ error: 2, warning: 1, info: 1 }} strings={stringsFor('ja')} selected={null} onActivate={() => undefined} />);
    // The headings come with the outline; each finding waits for its lines.
    await waitFor(() => expect(groupSections()).toHaveLength(3));
    const pending = screen.getAllByRole('listitem').filter((el) => el.getAttribute('data-line') === 'pending');
    expect(pending).toHaveLength(4);
    expect(pending.map((el) => el.textContent)).toEqual(Array(4).fill('読み込んでいます…'));
    expect(screen.queryByRole('button', { name: /H12/ })).toBeNull();
    release();
    await settled();
    expect(findingLines().map((li) => li.textContent)).toEqual([expect.stringContaining('H12'), expect.stringContaining('H15'), expect.any(String), expect.any(String)]);
  });
});
