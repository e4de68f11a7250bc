import * as React from 'react';
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../i18n';
import { XLSX_ACCEPT } from '../download';
import { FileButton } from './FileButton';
import { PREVIOUS_YEAR_STRINGS } from './previous-year-strings';
import type { PreviousYearState } from '../use-previous-year';

export interface PreviousYearPickerProps {
  /** Sheets of the open workbook that can be last year's (not the one being checked). */
  readonly sheets: readonly string[];
  readonly state: PreviousYearState;
  readonly strings: Strings;
  readonly disabled?: boolean;
  readonly onSheet: (sheet: string) => void;
  readonly onFile: (file: File) => void;
  readonly onClear: () => void;
}

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Step 1's 「前年度のシート」: a sheet of this workbook, or a workbook file read in the browser. */
export function PreviousYearPicker(props: PreviousYearPickerProps): React.JSX.Element {
  const { strings, state } = props;
  const s = PREVIOUS_YEAR_STRINGS[strings.locale];
  const styles = useStyles();
  const chosenSheet = state.choice?.kind === 'sheet' ? state.choice.name : '';
  const { read, problem } = state;
  const status = state.busy
    ? s.reading
    : read !== null
      ? s.read(read.file !== undefined ? `${read.file}「${read.sheet}」` : `「${read.sheet}」`, read.kind, read.fiscalYear, read.rows.length)
      : problem !== null
        ? s.problem(problem.sheet, problem.problem, problem.problem === 'submission-unreadable' ? problem.detail : '')
        : state.error !== null
          ? s.failed(state.error)
          : null;
  return (
    <div className={styles.box}>
      <Field
        label={s.label}
        hint={s.hint}
        validationState={problem !== null || state.error !== null ? 'error' : 'none'}
        validationMessage={status ?? undefined}
      >
        <Select value={chosenSheet} disabled={props.disabled || state.busy} onChange={(_, data) => (data.value === '' ? props.onClear() : props.onSheet(data.value))}>
          <option value="">{state.choice?.kind === 'file' ? state.choice.name : s.none}</option>
          {props.sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <FileButton label={s.fromFile} accept={XLSX_ACCEPT} disabled={props.disabled || state.busy} onFiles={(files) => props.onFile(files[0])} />
        {state.choice !== null && (
          <Button disabled={props.disabled || state.busy} onClick={props.onClear}>
            {s.clear}
          </Button>
        )}
      </div>
    </div>
  );
}
