import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../domain/model/finding';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, fontWeight: tokens.fontWeightSemibold },
  // Foreground3: the variant that keeps 4.5:1 on the dark theme's background too.
  error: { color: tokens.colorStatusDangerForeground3 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  info: { color: tokens.colorNeutralForeground2 },
});

const ICONS: Record<Severity, typeof Info16Filled> = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };

/** Severity as an icon and a word, never colour alone. */
export function SeverityLabel(props: { severity: Severity; text: string; suffix?: string }): React.JSX.Element {
  const styles = useStyles();
  const Icon = ICONS[props.severity];
  return (
    <span className={mergeClasses(styles.root, styles[props.severity])} data-severity={props.severity}>
      <Icon aria-hidden="true" />
      <span>
        {props.text}
        {props.suffix}
      </span>
    </span>
  );
}
