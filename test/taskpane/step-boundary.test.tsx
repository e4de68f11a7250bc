/** @jest-environment jsdom */
import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadPacks } from '../../src/domain/policy/registry';
import { Pane } from '../../src/taskpane/components/Pane';
import { stringsFor } from '../../src/taskpane/i18n';
import { memoryHost } from './memory-host';
import { renderInPane } from './render';

/** The component whose render throws in the current test; every other one renders as usual. */
let failing: string | null = null;

/** Wraps a component module's export so that it throws while its name is `failing`. */
function failable(modulePath: string, name: string) {
  const actual = jest.requireActual(modulePath);
  const Real = actual[name] as React.ComponentType<object>;
  return {
    ...actual,
    [name]: (props: object) => {
      if (failing === name) throw new Error(`${name} broke`);
      return <Real {...props} />;
    },
  };
}

jest.mock('../../src/taskpane/components/SheetPicker', () => failable('../../src/taskpane/components/SheetPicker', 'SheetPicker'));
jest.mock('../../src/taskpane/components/MappingEditor', () => failable('../../src/taskpane/components/MappingEditor', 'MappingEditor'));
jest.mock('../../src/taskpane/components/CheckSummary', () => failable('../../src/taskpane/components/CheckSummary', 'CheckSummary'));
jest.mock('../../src/taskpane/components/FindingsList', () => failable('../../src/taskpane/components/FindingsList', 'FindingsList'));
jest.mock('../../src/taskpane/components/TotalsTables', () => failable('../../src/taskpane/components/TotalsTables', 'TotalsTables'));
jest.mock('../../src/taskpane/components/RowClassifications', () => failable('../../src/taskpane/components/RowClassifications', 'RowClassifications'));
jest.mock('../../src/taskpane/components/DownloadLink', () => failable('../../src/taskpane/components/DownloadLink', 'DownloadLink'));
jest.mock('../../src/taskpane/components/SheetGridView', () => failable('../../src/taskpane/components/SheetGridView', 'SheetGridView'));
jest.mock('../../src/taskpane/components/SheetModelView', () => failable('../../src/taskpane/components/SheetModelView', 'SheetModelView'));

// The failing part's error is logged on purpose; keep the test output readable.
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => {
  failing = null;
  jest.restoreAllMocks();
});

const s = stringsFor('ja');
const exported: string[] = [];

function setup(kind: 'office' | 'demo' = 'office') {
  const { host, calls } = memoryHost();
  const demoHost = kind === 'demo' ? { ...host, kind: 'demo' as const, writeSubmission: async () => ({ kind: 'file' as const, fileName: 'x.xlsx', data: new Uint8Array([1]) }) } : host;
  renderInPane(<Pane host={demoHost} packs={loadPacks()} strings={s} />);
  return { calls, user: userEvent.setup() };
}

const checkButton = () => screen.getByRole('button', { name: '検証' });
async function check(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
  await user.click(checkButton());
  await waitFor(() => expect(screen.getAllByText(/^検証が終わりました。/).length).toBeGreaterThan(0));
  // The lines in view come from the engine, which keeps the results.
  await waitFor(() => expect([...screen.queryAllByText('読み込んでいます…'), ...document.querySelectorAll('[aria-busy="true"]')]).toEqual([]));
}

const alertFor = (part: string) => screen.queryAllByRole('alert', { hidden: true }).find((el) => el.getAttribute('data-failed-part') === part);

beforeAll(() => {
  // jsdom has no object URLs; the export is what is checked here, not the browser's download.
  URL.createObjectURL = () => 'blob:test';
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    exported.push(this.download);
  };
});

describe('each part of the pane fails on its own', () => {
  // After a check, each results part fails in turn: its message shows, the other results stay, the JSON can still be saved.
  it.each([
    ['CheckSummary', s.failure.parts.summary],
    ['FindingsList', s.failure.parts.findings],
    ['TotalsTables', s.failure.parts.totals],
    ['RowClassifications', s.failure.parts.rows],
  ])('%s failing keeps the other results and the JSON report', async (component, part) => {
    const { user } = setup();
    await check(user);
    failing = component;
    // Any new render of the part now throws: a new check re-renders every result.
    await user.click(checkButton());
    // Once the new results are shown: until then the part may fail again on them, and its message be drawn anew.
    await waitFor(() => expect(alertFor(part)).toBeTruthy());
    await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
    const alert = alertFor(part)!;
    expect(alert.textContent).toContain(`「${part}」を表示できませんでした`);
    expect(alert.textContent).toContain(`${component} broke`);
    expect(alert.textContent).toContain('ほかの結果はそのまま使えます');
    // The rest of the results are still on screen.
    if (component !== 'CheckSummary') expect(screen.getByRole('list', { name: '件数' })).toBeTruthy();
    // The other lists' lines come from the engine for the new results.
    if (component !== 'FindingsList') expect(await screen.findByRole('button', { name: /D6/ })).toBeTruthy();
    if (component !== 'TotalsTables') expect(screen.getByRole('region', { name: s.totals.heading })).toBeTruthy();
    if (component !== 'RowClassifications') expect(await screen.findByRole('button', { name: /4 行目 認知症研究開発事業/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: '提出用シート作成' })).toBeTruthy();
    // The report can still be saved, from the message itself.
    const before = exported.length;
    // Found again too: the message may have been drawn anew since it was first found.
    await user.click(within(alertFor(part)!).getByRole('button', { name: '検証結果を保存（JSON）' }));
    await waitFor(() => expect(exported.slice(before)).toEqual(['budget-check-要求表-R6.json']));
    // Once the part renders again, "show again" brings it back.
    failing = null;
    // Found again: results arrive as a transition, after which React may have drawn the message anew.
    await user.click(within(alertFor(part)!).getByRole('button', { name: 'もう一度表示' }));
    await waitFor(() => expect(alertFor(part)).toBeUndefined());
  });

  it('the setup step failing still lets the sheet be checked', async () => {
    failing = 'SheetPicker';
    const { user } = setup();
    await waitFor(() => expect(alertFor(s.steps.setup)).toBeTruthy());
    await check(user);
    expect(screen.getByRole('button', { name: /D6/ })).toBeTruthy();
  });

  it('the mapping failing still lets the sheet be checked', async () => {
    failing = 'MappingEditor';
    const { user } = setup();
    await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByRole('button', { name: /見出し 3 行目/ }));
    await waitFor(() => expect(alertFor(s.steps.mapping)).toBeTruthy());
    await check(user);
    expect(screen.getByRole('button', { name: /D6/ })).toBeTruthy();
  });

  it('the submission step failing keeps the results and the JSON report', async () => {
    const { user } = setup('demo');
    await check(user);
    failing = 'DownloadLink';
    await user.click(screen.getByRole('button', { name: '提出用シート作成' }));
    await user.click(await screen.findByRole('button', { name: 'このまま作成', hidden: true }));
    await waitFor(() => expect(alertFor(s.steps.submission)).toBeTruthy());
    expect(screen.getByRole('button', { name: /D6/ })).toBeTruthy();
    const before = exported.length;
    await user.click(within(alertFor(s.steps.submission)!).getByRole('button', { name: '検証結果を保存（JSON）' }));
    // The engine writes the JSON where the report is, then the page hands it to the browser.
    await waitFor(() => expect(exported.length).toBe(before + 1));
  });

  it.each([
    ['SheetGridView', s.failure.parts.sheet],
    ['SheetModelView', s.failure.parts.preview],
  ])('the demo view %s failing keeps the pane and its results', async (component, part) => {
    failing = component;
    const { user } = setup('demo');
    await check(user);
    await user.click(screen.getByRole('button', { name: '提出用シート作成' }));
    await user.click(await screen.findByRole('button', { name: 'このまま作成', hidden: true }));
    await waitFor(() => expect(alertFor(part)).toBeTruthy());
    expect(alertFor(part)!.textContent).toContain(`${component} broke`);
    expect(screen.getByRole('button', { name: /D6/ })).toBeTruthy();
    expect(await screen.findByRole('link', { name: /x\.xlsx/, hidden: true })).toBeTruthy();
  });
});
