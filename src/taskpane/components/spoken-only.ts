/**
 * The style of text a screen reader reads out but the page does not show (a finding's severity
 * beside its icon, a status the message bar above already shows): one pixel, clipped, still in
 * the accessibility tree (display: none would take it out).
 */
export const SPOKEN_ONLY = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;
