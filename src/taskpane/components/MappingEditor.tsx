import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetGrid } from '../../domain/model/grid';
import { UNITS, type Unit } from '../../domain/model/amount';
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from '../../domain/model/table';
import type { Strings } from '../i18n';
import { editorColumns, withColumnProject, withColumnRole, withHeaderRow } from '../mapping-columns';

/** Where the mapping on screen came from. */
export type MappingSource = 'detected' | 'stored' | 'edited' | 'none';

export interface MappingEditorProps {
  readonly grid: SheetGrid;
  readonly mapping: ColumnMapping;
  readonly source: MappingSource;
  /** The year's projects in official order, labelled as the policy writes them. */
  readonly projects: readonly { readonly id: string; readonly label: string }[];
  readonly strings: Strings;
  readonly disabled?: boolean;
  readonly onChange: (mapping: ColumnMapping) => void;
  /** Forget the remembered/edited mapping and use detection again. */
  readonly onReset: () => void;
  /** What the chosen header rows lack (missingHeaders): warned of here, and such a mapping is not saved. */
  readonly missing: readonly ('name' | 'amount')[];
}

const useStyles = makeStyles({
  rows: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  number: { width: '7em' },
  columns: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  columnName: { display: 'flex', gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  letter: { fontWeight: tokens.fontWeightSemibold, minWidth: '1.5em' },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const SOURCE_TEXT: Record<MappingSource, (s: Strings) => string> = {
  detected: (s) => s.mapping.sourceDetected,
  stored: (s) => s.mapping.sourceStored,
  edited: (s) => s.mapping.sourceEdited,
  none: (s) => s.mapping.notFound,
};

/** The detected header rows and what each column holds, editable. */
export const MappingEditor = React.memo(function MappingEditor(props: MappingEditorProps): React.JSX.Element {
  const { strings: s, mapping } = props;
  const styles = useStyles();
  const columns = editorColumns(props.grid, mapping);
  const projectIds = props.projects.map((p) => p.id);

  return (
    <div className={styles.stack}>
      <Text>{s.mapping.intro}</Text>
      <Text role="note" weight={props.source === 'none' ? 'semibold' : 'regular'}>
        {SOURCE_TEXT[props.source](s)}
      </Text>
      {props.missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.mapping.headersMissing(mapping.headerTop + 1, mapping.headerBottom + 1, props.missing)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.rows}>
        <RowNumberInput label={s.mapping.headerTop} value={mapping.headerTop + 1} disabled={props.disabled} onCommit={(n) => props.onChange(withHeaderRow(mapping, 'top', n))} />
        <RowNumberInput label={s.mapping.headerBottom} value={mapping.headerBottom + 1} disabled={props.disabled} onCommit={(n) => props.onChange(withHeaderRow(mapping, 'bottom', n))} />
        <Field label={s.mapping.unit}>
          <Select
            value={mapping.unit ?? ''}
            disabled={props.disabled}
            onChange={(_, d) => {
              const { unit: _old, ...rest } = mapping;
              props.onChange(d.value === '' ? rest : { ...rest, unit: d.value as Unit });
            }}
          >
            <option value="">{s.mapping.unitAuto}</option>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <ul className={styles.columns} aria-label={s.mapping.columnsLabel}>
        {columns.map((column) => (
          <li key={column.col} className={styles.column} data-col={column.letter}>
            <span className={styles.columnName}>
              <span className={styles.letter}>{column.letter}</span>
              <span>{column.header === '' ? s.mapping.noHeader : column.header}</span>
            </span>
            <Select
              aria-label={s.mapping.roleFor(column.letter, column.header === '' ? s.mapping.noHeader : column.header)}
              value={column.assignment?.role ?? ''}
              disabled={props.disabled}
              onChange={(_, d) => props.onChange(withColumnRole(mapping, column, d.value === '' ? null : (d.value as ColumnRole), projectIds))}
            >
              <option value="">{s.mapping.unused}</option>
              {COLUMN_ROLES.map((role) => (
                <option key={role} value={role}>
                  {s.mapping.roles[role]}
                </option>
              ))}
            </Select>
            {(column.assignment?.role === 'projectAmount' || column.assignment?.role === 'projectPrevious') && (
              <Select
                aria-label={s.mapping.projectFor(column.letter)}
                value={column.assignment.projectId ?? ''}
                disabled={props.disabled}
                onChange={(_, d) => props.onChange(withColumnProject(mapping, column.col, d.value))}
              >
                {props.projects.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </Select>
            )}
          </li>
        ))}
      </ul>
      {(props.source === 'stored' || props.source === 'edited') && (
        <div>
          <Button disabled={props.disabled} onClick={props.onReset}>
            {s.mapping.reset}
          </Button>
        </div>
      )}
    </div>
  );
});

/** A 1-based row number. What is typed stays on screen while it is incomplete; only whole row numbers are passed on. */
function RowNumberInput(props: { label: string; value: number; disabled?: boolean; onCommit: (row: number) => void }): React.JSX.Element {
  const styles = useStyles();
  const [draft, setDraft] = React.useState(String(props.value));
  React.useEffect(() => setDraft(String(props.value)), [props.value]);
  return (
    <Field label={props.label}>
      <Input
        className={styles.number}
        type="number"
        min={1}
        value={draft}
        disabled={props.disabled}
        onChange={(_, d) => {
          setDraft(d.value);
          const row = Number(d.value);
          if (d.value.trim() !== '' && Number.isInteger(row) && row >= 1) props.onCommit(row);
        }}
        onBlur={() => setDraft(String(props.value))}
      />
    </Field>
  );
}
