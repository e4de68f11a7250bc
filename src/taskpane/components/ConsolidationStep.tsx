import * as React from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { XLSX_ACCEPT, XLSX_TYPE } from '../download';
import type { Strings } from '../i18n';
import type { ConsolidationInput, ConsolidationState } from '../use-consolidation';
import { DownloadLink } from './DownloadLink';
import { FileButton } from './FileButton';
import { SeverityLabel } from './SeverityLabel';

export interface ConsolidationStepProps {
  readonly state: ConsolidationState;
  readonly strings: Strings;
  readonly onInputs: (inputs: readonly ConsolidationInput[]) => void;
  readonly onOpenWorkbook: () => void;
  readonly onForce: () => void;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** 5. 府省別の取りまとめ: choose the ministries' workbooks; see what was read, what crosses ministries, and the sheet. */
export function ConsolidationStep(props: ConsolidationStepProps): React.JSX.Element {
  const { state, strings: s } = props;
  const t = s.consolidation;
  const styles = useStyles();
  const onFiles = async (files: File[]) => {
    props.onInputs(await Promise.all(files.map(async (file) => ({ kind: 'file' as const, name: file.name, data: new Uint8Array(await file.arrayBuffer()) }))));
  };
  const outcome = state.outcome;
  return (
    <section className={styles.section} aria-labelledby="step-consolidation">
      <h2 id="step-consolidation" className={styles.h2}>
        {t.heading}
      </h2>
      <p className={styles.hint}>{t.hint}</p>
      <FileButton label={t.input} multiple accept={XLSX_ACCEPT} disabled={state.busy} onFiles={(files) => void onFiles(files)} />
      <p className={styles.hint}>{t.openWorkbookHint}</p>
      <div>
        <Button disabled={state.busy} onClick={props.onOpenWorkbook}>
          {t.openWorkbook}
        </Button>
      </div>
      {state.announcement !== '' && <div role="status">{state.announcement}</div>}
      {state.error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {(state.parts.length > 0 || state.unreadable.length > 0) && (
        <>
          <h3 className={styles.h3}>{t.parts}</h3>
          <ul className={styles.list}>
            {state.parts.map((p) => (
              <li key={p.input.file}>{t.part(p.ministry, p.input.file, p.input.kind, p.summary.rows, p.summary.errors)}</li>
            ))}
            {state.unreadable.map((line) => (
              <li key={line}>
                <SeverityLabel severity="error" text={s.severity.error} /> {line}
              </li>
            ))}
          </ul>
        </>
      )}
      {state.parts.length > 0 && state.unreadable.length === 0 && (
        <>
          <h3 className={styles.h3}>{t.findings}</h3>
          {state.findings.length === 0 ? (
            <p className={styles.hint}>{t.noFindings}</p>
          ) : (
            <ul className={styles.list}>
              {state.findings.map((f, i) => (
                <li key={i}>
                  <SeverityLabel severity={f.severity} text={s.severity[f.severity]} /> {f.message}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {state.refused === 'errors' && (
        <div>
          <Button onClick={props.onForce}>{t.force}</Button>
        </div>
      )}
      {outcome?.kind === 'file' && (
        <DownloadLink data={outcome.data} fileName={outcome.fileName} type={XLSX_TYPE}>
          {t.download(outcome.fileName)}
        </DownloadLink>
      )}
    </section>
  );
}
