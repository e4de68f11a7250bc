import * as React from 'react';
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckReport } from '../../domain/model/report';
import type { Severity } from '../../domain/model/finding';
import type { Strings } from '../i18n';
import { SeverityLabel } from './SeverityLabel';

export interface CheckSummaryProps {
  readonly report: Pick<CheckReport, 'summary' | 'status' | 'policy'>;
  readonly strings: Strings;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none', flexWrap: 'wrap' },
  count: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    minWidth: '5.5em',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
});

const INTENT = { ok: 'success', warnings: 'warning', errors: 'error' } as const;

/** Counts by severity, the overall status, and which year's policy the check used. */
export const CheckSummary = React.memo(function CheckSummary(props: CheckSummaryProps): React.JSX.Element {
  const { strings: s, report } = props;
  const styles = useStyles();
  const counts: [Severity, number][] = [
    ['error', report.summary.errors],
    ['warning', report.summary.warnings],
    ['info', report.summary.infos],
  ];
  return (
    <div className={styles.root}>
      <ul className={styles.counts} aria-label={s.summary.heading}>
        {counts.map(([severity, n]) => (
          <li key={severity} className={styles.count} data-severity={severity}>
            <span className={styles.number}>{n}</span>
            <SeverityLabel severity={severity} text={s.severity[severity]} />
          </li>
        ))}
      </ul>
      <MessageBar intent={INTENT[report.status]}>
        <MessageBarBody>{s.summary.status[report.status]}</MessageBarBody>
      </MessageBar>
      <Text size={200}>
        {s.summary.rows(report.summary.rows)} · {report.policy.title} · {s.summary.policyChosen[report.policy.chosenBy]}
      </Text>
    </div>
  );
});
