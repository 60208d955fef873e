import { EN_REPORT_STRINGS } from './strings';

/**
 * Longest mailto URL we hand to the browser. Outlook and some webmail handlers cut or
 * refuse longer ones near 2,000 characters, while the URL limit itself is far higher.
 */
export const MAX_MAILTO_LENGTH = 2000;

/** RFC 6068: CRLF line breaks, `%20` for spaces (never `+`), UTF-8 percent-encoding. */
export function encodeMailtoText(text: string): string {
  return encodeURIComponent(text.toWellFormed().replace(/\r\n|\r|\n/g, '\r\n'));
}

/** Keeps `@` and `+` readable: some mail clients fail to decode them in the address. */
function encodeAddress(address: string): string {
  return encodeURIComponent(address.trim()).replace(/%40/g, '@').replace(/%2B/gi, '+');
}

export function mailtoUrl(email: string, subject: string, body: string): string {
  const query = [subject && `subject=${encodeMailtoText(subject)}`, body && `body=${encodeMailtoText(body)}`].filter(Boolean);
  return `mailto:${encodeAddress(email)}${query.length ? `?${query.join('&')}` : ''}`;
}

export interface FittedMailto {
  url: string;
  /** The body was shortened (and ends with the note): copy the full report to the clipboard. */
  truncated: boolean;
}

/**
 * A mailto URL within `maxLength`. When the body does not fit it is cut at a line or word
 * break and ends with `note`, which tells the publisher the full text is on the clipboard.
 */
export function fitMailto(
  email: string,
  subject: string,
  body: string,
  maxLength: number = MAX_MAILTO_LENGTH,
  note: string = EN_REPORT_STRINGS.truncatedNote,
): FittedMailto {
  const full = mailtoUrl(email, subject, body);
  if (full.length <= maxLength) return { url: full, truncated: false };

  const chars = [...body];
  const withBody = (n: number) => mailtoUrl(email, subject, chars.slice(0, n).join('').trimEnd() + '\n\n' + note);
  // Longest prefix that fits: encoded length grows monotonically with the prefix.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (withBody(mid).length <= maxLength) lo = mid;
    else hi = mid - 1;
  }
  if (withBody(lo).length > maxLength) {
    // Not even the note fits (a huge subject): send the address and a cut subject only.
    let s = [...subject];
    while (s.length && mailtoUrl(email, s.join(''), '').length > maxLength) s = s.slice(0, Math.floor(s.length * 0.9));
    return { url: mailtoUrl(email, s.join(''), ''), truncated: true };
  }
  // Prefer ending at a line break, then a space, if one is reasonably close.
  const prefix = chars.slice(0, lo).join('');
  const window = Math.max(0, prefix.length - 300);
  const lineBreak = prefix.lastIndexOf('\n');
  const space = prefix.lastIndexOf(' ');
  const cut = lineBreak >= window ? lineBreak : space >= window ? space : prefix.length;
  return { url: mailtoUrl(email, subject, prefix.slice(0, cut).trimEnd() + '\n\n' + note), truncated: true };
}
