/**
 * Page and feed text printed to a terminal: C0 and C1 control characters (ESC, CSI, BEL…) let a
 * page recolour, retitle or rewrite the reader's terminal, so they go. Tabs and line breaks stay
 * where the format allows them (CSV quotes them).
 */
export function stripControls(s: string, keepLineBreaks = false): string {
  return keepLineBreaks ? s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '') : s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** One JSON line with DEL and the C1 controls escaped too (JSON.stringify escapes only C0): same data, safe to print. */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
