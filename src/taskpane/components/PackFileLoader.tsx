import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../i18n';
import { FileButton } from './FileButton';

/** A loaded policy pack as the pane shows it: which year, which file, its hash. */
export interface PackFileInfo {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly sha256: string;
  readonly replacesBundled: boolean;
}

export interface PackFileLoaderProps {
  readonly strings: Strings;
  readonly disabled?: boolean;
  readonly loaded: readonly PackFileInfo[];
  /** The problems of the file just chosen, or of files kept in the workbook that no longer validate. */
  readonly problems: { readonly head: string; readonly lines: readonly string[] } | null;
  /** A file of a bundled year, waiting for the officer to say whether it replaces the bundled one. */
  readonly pending: { readonly id: string; readonly name: string } | null;
  readonly onFile: (file: File) => void;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** Step 1's 「方針ファイルを読み込む」: a year the product does not include, read in the browser. */
export function PackFileLoader(props: PackFileLoaderProps): React.JSX.Element {
  const { strings: s } = props;
  const styles = useStyles();
  return (
    <div className={styles.box}>
      <FileButton label={s.packFile.load} accept=".json,application/json" disabled={props.disabled} onFiles={(files) => props.onFile(files[0])} />
      <Text size={200}>{s.packFile.hint}</Text>
      {props.loaded.length > 0 && (
        <ul className={styles.list} aria-label={s.packFile.load}>
          {props.loaded.map((l) => (
            <li key={l.id}>
              {s.packFile.loaded(l.id, l.title, l.name, l.sha256)}
              {l.replacesBundled ? ` ${s.packFile.replaced(l.id)}` : ''}
            </li>
          ))}
        </ul>
      )}
      {props.pending !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.packFile.askReplace(props.pending.id, props.pending.name)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={props.onReplace}>{s.packFile.replace}</Button>
            <Button onClick={props.onCancel}>{s.packFile.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {props.problems !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <div>{props.problems.head}</div>
            <ul className={styles.list}>
              {props.problems.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
