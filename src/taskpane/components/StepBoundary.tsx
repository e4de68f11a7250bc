import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowDownload16Regular } from '@fluentui/react-icons';
import type { Strings } from '../i18n';

export interface StepBoundaryProps {
  /** What this part of the pane is called, as the user knows it (「指摘」, "Totals"). */
  readonly part: string;
  readonly strings: Strings;
  /** Saves the results as JSON; given when there are results to save. */
  readonly onExport?: () => void;
  /** When this changes (new results), a part that failed is tried again. */
  readonly resetKey?: unknown;
  readonly children: React.ReactNode;
}

interface StepBoundaryState {
  readonly error: Error | null;
  readonly resetKey: unknown;
}

/**
 * Catches a failure while rendering one part of the pane, so the officer sees what happened in
 * words, the other parts stay on screen, and the results can still be saved, instead of React
 * unmounting the whole pane to a blank page.
 */
export class StepBoundary extends React.Component<StepBoundaryProps, StepBoundaryState> {
  override state: StepBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<StepBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: StepBoundaryProps, state: StepBoundaryState): Partial<StepBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown): void {
    // For whoever opens the developer tools; the officer reads the message on screen.
    console.error(error);
  }

  override render(): React.ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { strings: s, part, onExport } = this.props;
    return (
      // role="alert" so a screen reader says at once that this part failed.
      <div role="alert" data-failed-part={part}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.failure.title(part)}</MessageBarTitle>
            {s.failure.body(error.message)} {s.failure.kept}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => this.setState({ error: null })}>
              {s.failure.retry}
            </Button>
            {onExport !== undefined && (
              <Button size="small" icon={<ArrowDownload16Regular />} onClick={onExport}>
                {s.report.export}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }
}
