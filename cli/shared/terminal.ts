/**
 * Page and feed text printed to a terminal: C0 and C1 control characters (ESC, CSI, BEL…) let a
 * page recolour, retitle or rewrite the reader's terminal, so they go. Tabs and line breaks stay
 * where the format allows them (CSV quotes them).
 */
// Matching control characters is the point here (eslint's no-control-regex guards against doing it by accident).
/* eslint-disable no-control-regex */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/* eslint-enable no-control-regex */

export function stripControls(s: string, keepLineBreaks = false): string {
  return keepLineBreaks ? s.replace(CONTROLS_BUT_LINES, '') : s.replace(CONTROLS, ' ');
}

/** One JSON line with DEL and the C1 controls escaped too (JSON.stringify escapes only C0): same data, safe to print. */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
