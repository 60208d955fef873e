import { getDomain } from 'tldts';

/**
 * The site of a web URL as browsers draw the line for cookies and `SameSite`: its registrable
 * domain by the Public Suffix List (`news.bbc.co.uk` → `bbc.co.uk`, `a.github.io` stays apart
 * from `b.github.io`); an IP address or a bare name is its own site. Null for non-web URLs.
 */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname.toLowerCase().replace(/\.+$/, '');
  } catch {
    return null;
  }
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** Both are web URLs of one site (a page's own claims about another site are not to be trusted). */
export function sameSite(a: string | null | undefined, b: string | null | undefined): boolean {
  const sa = siteOf(a);
  return sa !== null && sa === siteOf(b);
}

/** The site a host (`mail.example.com`, an e-mail's domain) belongs to. */
export function siteOfHost(host: string): string | null {
  return siteOf(`https://${host.replace(/^\[|\]$/g, '')}/`);
}
