import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { XLSX_ACCEPT } from '../download';
import type { Strings } from '../i18n';
import { FileButton } from './FileButton';

export type SampleId = 'with-mistakes' | 'clean';

export interface DemoOfferProps {
  /** Why there is no workbook: a browser tab outside Office, or office.js could not load at all. */
  readonly reason: 'outside-office' | 'office-missing';
  readonly strings: Strings;
  readonly loading: boolean;
  readonly error: string | null;
  readonly onStart: (sample: SampleId) => void;
  /** A workbook the user picked from disk, to be read in the browser. */
  readonly onOpenFile: (file: File) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '40rem' },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
});

/** Says clearly that no workbook is reachable, and offers the demo on a bundled sample. */
export function DemoOffer(props: DemoOfferProps): React.JSX.Element {
  const { strings: s } = props;
  const styles = useStyles();
  const [sample, setSample] = React.useState<SampleId>('with-mistakes');
  const id = React.useId();
  return (
    <main className={styles.root} aria-labelledby="pane-title">
      <h1 id="pane-title" className={styles.h1}>
        {s.appTitle}
      </h1>
      {/* Not an error for an officer who opened the page in a browser: an explanation, then the demo. */}
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{props.reason === 'office-missing' ? s.environment.officeMissingTitle : s.environment.outsideOfficeTitle}</MessageBarTitle>
          {props.reason === 'office-missing' ? s.environment.officeMissing : s.environment.outsideOffice}
        </MessageBarBody>
      </MessageBar>
      <Text>{s.environment.demoIntro}</Text>
      <div className={styles.actions}>
        <Field label={s.environment.sampleLabel}>
          <Select value={sample} disabled={props.loading} onChange={(_, d) => setSample(d.value as SampleId)}>
            <option value="with-mistakes">{s.environment.samples.withMistakes}</option>
            <option value="clean">{s.environment.samples.clean}</option>
          </Select>
        </Field>
        <Button appearance="primary" disabled={props.loading} onClick={() => props.onStart(sample)}>
          {s.environment.startDemo}
        </Button>
      </div>
      <div className={styles.file}>
        <FileButton
          label={s.environment.openFile}
          accept={XLSX_ACCEPT}
          describedBy={`${id}-file-hint`}
          disabled={props.loading}
          onFiles={(files) => props.onOpenFile(files[0])}
        />
        <Text id={`${id}-file-hint`} size={200}>
          {s.environment.openFileHint}
        </Text>
      </div>
      <div role="status" aria-live="polite">
        {props.loading ? s.environment.demoLoading : ''}
      </div>
      {props.error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
