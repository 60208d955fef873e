/**
 * URL identity for the research log: the same article reached through a newsletter link, a
 * social share or an in-page anchor must map to one id.
 */

const TRACKING_PARAM = /^(utm_.+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl)$/i;

/** Drops fragment and tracking parameters; lower-cases scheme and host (the URL parser does). Returns null if unparsable. */
export function normaliseUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  u.hash = '';
  const keep: [string, string][] = [];
  for (const [k, v] of u.searchParams) if (!TRACKING_PARAM.test(k)) keep.push([k, v]);
  if (keep.length !== [...u.searchParams].length) {
    u.search = keep.length ? '?' + new URLSearchParams(keep).toString() : '';
  }
  return u.toString();
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

/** `example.com`, `.example.com`, `https://www.example.com/x` → `example.com`. */
export function normaliseDomain(entry: string): string {
  let d = entry.trim().toLowerCase();
  if (d.includes('/')) d = hostOf(d.includes('://') ? d : `https://${d}`) ?? d;
  return d.replace(/^\*?\./, '').replace(/^www\./, '').replace(/\.$/, '');
}

/** Host-suffix match on label boundaries: `news.example.com` matches `example.com`, `badexample.com` does not. */
export function hostMatches(host: string | null | undefined, domain: string): boolean {
  if (!host) return false;
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = normaliseDomain(domain);
  if (!d) return false;
  return h === d || h.endsWith('.' + d);
}
