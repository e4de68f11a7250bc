/** Hands bytes (or a Blob the engine made) to the browser as a file download; nothing leaves the machine. */
export function downloadFile(data: Uint8Array | Blob, fileName: string, type: string): void {
  const url = URL.createObjectURL(data instanceof Blob ? data : new Blob([data as BlobPart], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started from the click; keep the URL a while for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What the pane's workbook choosers accept. */
export const XLSX_ACCEPT = `.xlsx,${XLSX_TYPE}`;
