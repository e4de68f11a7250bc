import * as React from 'react';
import { Link } from '@fluentui/react-components';

export interface DownloadLinkProps {
  readonly data: Uint8Array;
  readonly fileName: string;
  readonly type: string;
  readonly children: React.ReactNode;
}

/** A link to bytes held in the page (a Blob URL), released when the link goes away. */
export function DownloadLink(props: DownloadLinkProps): React.JSX.Element | null {
  const [url, setUrl] = React.useState<string | null>(null);
  React.useEffect(() => {
    const created = URL.createObjectURL(new Blob([props.data as BlobPart], { type: props.type }));
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [props.data, props.type]);
  if (url === null) return null;
  return (
    <Link href={url} download={props.fileName}>
      {props.children}
    </Link>
  );
}
