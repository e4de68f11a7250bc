import * as React from 'react';
import { Button, makeStyles } from '@fluentui/react-components';

export interface FileButtonProps {
  /** The button's text, also the file input's accessible name. */
  readonly label: string;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  readonly appearance?: 'primary' | 'secondary';
  /** An element that explains where the file goes (read in the browser, never sent). */
  readonly describedBy?: string;
  readonly onFiles: (files: File[]) => void;
}

const useStyles = makeStyles({ hidden: { display: 'none' } });

/**
 * A file chooser as a Fluent button in the pane's language. The browser's own file input
 * speaks the browser's language (「Choose File」 in an English browser beside Japanese text).
 * The input is emptied after each choice, so the same file can be chosen again.
 */
export function FileButton(props: FileButtonProps): React.JSX.Element {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <div>
      <Button appearance={props.appearance} disabled={props.disabled} aria-describedby={props.describedBy} onClick={() => input.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        disabled={props.disabled}
        aria-label={props.label}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </div>
  );
}
