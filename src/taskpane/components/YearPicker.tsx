import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { Strings } from '../i18n';

export interface YearOption {
  readonly id: string;
  /** 令和6年度 */
  readonly label: string;
  readonly title: string;
  readonly decidedOnJa: string;
  readonly decidedBy: string;
}

/** Why the selected year is selected. */
export type YearSource = 'sheet' | 'stored' | 'user' | 'fallback';

export interface YearPickerProps {
  readonly years: readonly YearOption[];
  readonly value: string;
  readonly source: YearSource;
  readonly strings: Strings;
  readonly disabled?: boolean;
  readonly onChange: (id: string) => void;
}

const HINT: Record<YearSource, (s: Strings) => string> = {
  sheet: (s) => s.year.fromSheet,
  stored: (s) => s.year.stored,
  user: (s) => s.year.byUser,
  fallback: (s) => s.year.fallback,
};

/** The fiscal year whose 資源配分方針 the sheet is checked against. */
export function YearPicker(props: YearPickerProps): React.JSX.Element {
  const { strings: s } = props;
  const chosen = props.years.find((y) => y.id === props.value);
  return (
    <Field
      label={s.year.label}
      hint={chosen ? s.year.policy(chosen.title, chosen.decidedOnJa, chosen.decidedBy) : undefined}
      validationState={props.source === 'fallback' ? 'warning' : 'none'}
      validationMessage={HINT[props.source](s)}
    >
      <Select value={props.value} disabled={props.disabled} onChange={(_, data) => props.onChange(data.value)}>
        {props.years.map((y) => (
          <option key={y.id} value={y.id}>
            {s.year.option(y.label, y.id)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
