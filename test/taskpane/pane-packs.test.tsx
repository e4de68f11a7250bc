/** @jest-environment jsdom */
import * as React from 'react';
import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { PanePacks } from '../../src/taskpane/components/PanePacks';
import { stringsFor } from '../../src/taskpane/i18n';
import { filledR7 } from '../helpers/r7-pack';
import { memoryHost } from './memory-host';
import { renderInPane } from './render';

// jsdom has no crypto.subtle; the browser's, as Node has it, hashes the pack file.
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });

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
