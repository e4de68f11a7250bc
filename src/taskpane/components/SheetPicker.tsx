import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { Strings } from '../i18n';

export interface SheetPickerProps {
  readonly sheets: readonly string[];
  readonly value: string | null;
  readonly strings: Strings;
  readonly disabled?: boolean;
  readonly onChange: (sheet: string) => void;
}

export function SheetPicker(props: SheetPickerProps): React.JSX.Element {
  const { strings: s } = props;
  return (
    <Field label={s.sheet.label} validationMessage={props.sheets.length === 0 ? s.sheet.none : undefined}>
      <Select value={props.value ?? ''} disabled={props.disabled || props.sheets.length === 0} onChange={(_, data) => props.onChange(data.value)}>
        {props.sheets.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
