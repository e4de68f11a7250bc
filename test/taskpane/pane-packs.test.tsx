/** @jest-environment jsdom */
import * as React from 'react';
import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PanePacks } from '../../src/taskpane/components/PanePacks';
import { stringsFor } from '../../src/taskpane/i18n';
import { filledR7 } from '../helpers/r7-pack';
import { memoryHost } from './memory-host';
import { renderInPane } from './render';

// jsdom has no crypto.subtle; the browser's, as Node has it, hashes the pack file.
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
// jsdom's File has no text(), which every browser's has: read it as a browser would, through FileReader.
if (typeof File.prototype.text !== 'function') {
  File.prototype.text = function text(this: File): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };
}

describe('PanePacks: the years a workbook can be checked against', () => {
  it("offers the workbook's stored pack file with its year, title and hash; a stored file that no longer validates is named and left out", async () => {
    const r7 = JSON.stringify(filledR7());
    const { host } = memoryHost({
      storedYear: 'R7',
      packFiles: [
        { name: 'R7.json', text: r7, replacesBundled: false },
        { name: 'broken.json', text: '{"schemaVersion": 2', replacesBundled: false },
      ],
    });
    renderInPane(<PanePacks host={host} strings={stringsFor('ja')} />);
    const year = (await screen.findByRole('combobox', { name: '年度（資源配分方針）' })) as HTMLSelectElement;
    expect(within(year).getAllByRole('option').map((o) => o.textContent)).toEqual(['令和4年度（R4）', '令和6年度（R6）', '令和7年度（R7）']);
    await screen.findByText('このブックに保存された年度です。');
    expect(year.value).toBe('R7');
    expect(screen.getByText(/^R7: 「令和7年度医療分野の研究開発関連予算等の資源配分方針」 R7\.json（SHA-256 [0-9a-f]{16}…）$/)).toBeTruthy();
    expect(screen.getByText('ブックに保存された方針ファイル broken.json が読めないため、使っていません。')).toBeTruthy();
  });

  it('never lets a stored file of a bundled year replace it unless the officer said so', async () => {
    const sixAgain = readFileSync(join(__dirname, '..', '..', 'src', 'domain', 'policy', 'packs', 'R6.json'), 'utf8');
    const { host } = memoryHost({ packFiles: [{ name: 'R6-copy.json', text: sixAgain, replacesBundled: false }] });
    renderInPane(<PanePacks host={host} strings={stringsFor('ja')} />);
    await screen.findByText('ブックに保存された方針ファイル R6-copy.json が読めないため、使っていません。');
    const year = screen.getByRole('combobox', { name: '年度（資源配分方針）' });
    expect(within(year).getAllByRole('option').map((o) => o.textContent)).toEqual(['令和4年度（R4）', '令和6年度（R6）']);
  });
});

describe('PanePacks: 方針ファイルを読み込む', () => {
  it('names each problem of a bad file at its JSON path and keeps nothing; a good file is kept in the workbook and its year chosen', async () => {
    // As the workbook's settings do: the year saved is the year read when the pane starts again.
    let saved: string | null = null;
    const host = { ...memoryHost().host, loadYear: async () => saved, saveYear: async (id: string) => void (saved = id) };
    renderInPane(<PanePacks host={host} strings={stringsFor('ja')} />);
    const input = (await screen.findByLabelText('方針ファイルを読み込む', { selector: 'input' })) as HTMLInputElement;
    // As its button: no file can be chosen while the pane is still reading the sheet.
    await waitFor(() => expect(input.disabled).toBe(false));
    const user = userEvent.setup();

    const bad = { ...filledR7(), id: 'R9' };
    await user.upload(input, new File([JSON.stringify(bad)], 'R9.json', { type: 'application/json' }));
    await screen.findByText('R9.json は方針ファイルとして使えません（1 件）:');
    expect(screen.getByText('id: 年度が fiscalYear と合いません。R7 と書いてください')).toBeTruthy();
    expect(await host.loadPackFiles()).toEqual([]);

    await user.upload(screen.getByLabelText('方針ファイルを読み込む', { selector: 'input' }), new File([JSON.stringify(filledR7())], 'R7.json', { type: 'application/json' }));
    await screen.findByText(/^R7: 「令和7年度医療分野の研究開発関連予算等の資源配分方針」 R7\.json/);
    expect((await host.loadPackFiles()).map((f) => [f.name, f.replacesBundled])).toEqual([['R7.json', false]]);
    expect(await host.loadYear()).toBe('R7');
    const year = (await screen.findByRole('combobox', { name: '年度（資源配分方針）' })) as HTMLSelectElement;
    await screen.findByText('このブックに保存された年度です。');
    expect(year.value).toBe('R7');
  });
});
