/** Host-suffix matching on label boundaries: `news.example.com` matches `example.com`, `badexample.com` does not. */
export function hostMatchesSuffix(host: string, suffix: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const s = suffix.toLowerCase().replace(/^\*?\.+/, '').replace(/\.$/, '');
  if (!s) return false;
  return h === s || h.endsWith(`.${s}`);
}

export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Normalises what a user types into a site list ("https://www.Example.com/x" → "example.com"). */
export function normaliseSiteEntry(entry: string): string | null {
  let s = entry.trim().toLowerCase();
  if (!s) return null;
  if (/^[a-z]+:\/\//.test(s)) s = hostOf(s) ?? '';
  s = s.replace(/^\*\./, '').replace(/^www\./, '').replace(/\/.*$/, '').replace(/:\d+$/, '');
  return /^[a-z0-9.-]+$/.test(s) && s.includes('.') || /^[0-9.]+$/.test(s) || s === 'localhost' ? s : null;
}

export function siteListMatches(url: string, list: readonly string[]): boolean {
  const host = hostOf(url);
  return !!host && list.some((s) => hostMatchesSuffix(host, s));
}
