/** @jest-environment jsdom */
import * as React from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfirmWriteDialog } from '../../src/taskpane/components/ConfirmWriteDialog';
import { stringsFor } from '../../src/taskpane/i18n';
import { renderInPane } from './render';

/** See pane.test.tsx: tabster's modal aria-hidden cannot settle in jsdom; real Chromium checks it (test/e2e). */
const HIDDEN_OK = { hidden: true } as const;

function setup(open: boolean, errorCount = 3) {
  const onConfirm = jest.fn();
  const onCancel = jest.fn();
  renderInPane(<ConfirmWriteDialog open={open} errorCount={errorCount} strings={stringsFor('ja')} onConfirm={onConfirm} onCancel={onCancel} />);
  return { onConfirm, onCancel, user: userEvent.setup() };
}

describe('ConfirmWriteDialog', () => {
  it('shows nothing while closed', () => {
    setup(false);
    expect(screen.queryByRole('alertdialog', HIDDEN_OK)).toBeNull();
  });

  it('asks, naming how many errors remain and what the sheet will say', async () => {
    setup(true, 3);
    const dialog = await screen.findByRole('alertdialog', { name: 'エラーが残っています', ...HIDDEN_OK });
    expect(dialog.textContent).toContain('エラーが 3 件残っています');
    expect(dialog.textContent).toContain('未確定（エラーあり）');
  });

  it('writes only when the user confirms', async () => {
    const { onConfirm, onCancel, user } = setup(true);
    await user.click(await screen.findByRole('button', { name: 'このまま作成', ...HIDDEN_OK }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('declines with the cancel button', async () => {
    const { onConfirm, onCancel, user } = setup(true);
    await user.click(await screen.findByRole('button', { name: 'やめる', ...HIDDEN_OK }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('declines with Escape', async () => {
    const { onConfirm, onCancel, user } = setup(true);
    await screen.findByRole('alertdialog', HIDDEN_OK);
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('confirms from the keyboard', async () => {
    const { onConfirm, user } = setup(true);
    (await screen.findByRole('button', { name: 'このまま作成', ...HIDDEN_OK })).focus();
    await user.keyboard('{Enter}');
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
