import * as React from 'react';
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import type { EngineProgress } from '../engine';
import type { Strings } from '../i18n';

export interface WorkProgressProps {
  /** Null until the engine has said what it does (the sheet is being read). */
  readonly progress: EngineProgress | null;
  readonly strings: Strings;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  field: { flexGrow: 1, minWidth: 0 },
  // At 350 px the progress text is long (事業を分類しています（12,500 / 50,000）): it wraps, the button's word does not.
  cancel: { flexShrink: 0, whiteSpace: 'nowrap' },
});

/**
 * A running check or submission sheet: the phase (and rows or parts done, when known) with a
 * bar, and ［キャンセル］. Outside the live region: the pane announces start and end, not every step.
 */
export function WorkProgress(props: WorkProgressProps): React.JSX.Element {
  const { progress, strings: s } = props;
  const styles = useStyles();
  const counted = progress !== null && 'total' in progress && progress.total !== undefined && progress.total > 0 ? progress : null;
  const phase = progress !== null ? s.progress.phase[progress.phase] : s.check.loadingSheet;
  const text = counted !== null ? `${phase}（${s.progress.count(counted.done ?? 0, counted.total!)}）` : phase;
  return (
    <div className={styles.row}>
      <Field className={styles.field} label={s.progress.label} validationMessage={text} validationState="none">
        {counted !== null ? <ProgressBar value={(counted.done ?? 0) / counted.total!} /> : <ProgressBar />}
      </Field>
      <Button className={styles.cancel} icon={<Dismiss16Regular />} onClick={props.onCancel}>
        {s.progress.cancel}
      </Button>
    </div>
  );
}
