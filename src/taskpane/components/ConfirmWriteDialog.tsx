import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { Strings } from '../i18n';

export interface ConfirmWriteDialogProps {
  readonly open: boolean;
  readonly errorCount: number;
  readonly strings: Strings;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks before the submission sheet is written while errors remain. Escape and the cancel button both decline. */
export function ConfirmWriteDialog(props: ConfirmWriteDialogProps): React.JSX.Element {
  const { strings: s } = props;
  return (
    <Dialog modalType="alert" open={props.open} onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.submission.confirmTitle}</DialogTitle>
          <DialogContent>{s.submission.confirmBody(props.errorCount)}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onCancel}>
              {s.submission.confirmNo}
            </Button>
            <Button appearance="primary" onClick={props.onConfirm}>
              {s.submission.confirmYes}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
