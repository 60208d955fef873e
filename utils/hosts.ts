/** Lower-case host without port or trailing dots; accepts a URL or a bare host. */
export function normaliseHost(hostOrUrl: string): string {
  let h = hostOrUrl.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(h)) {
    try {
      h = new URL(h).hostname;
    } catch {
      return '';
    }
  }
  return h.replace(/:\d+$/, '').replace(/\.+$/, '');
}

/**
 * Host-suffix matching on label boundaries: `news.example.com` matches `example.com`, while
 * `badexample.com` does not and `abcnews.go.com` does not admit all of `go.com`. A suffix written
 * as `*.example.com`, `.example.com` or `www.example.com` means `example.com`.
 */
export function hostMatchesSuffix(host: string, suffix: string): boolean {
  const h = normaliseHost(host);
  const s = normaliseHost(suffix).replace(/^\*?\.+/, '').replace(/^www\./, '');
  if (!h || !s) return false;
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

/** A site's host for display and grouping: lower-case, without `www.`; null when not a URL. */
export function siteHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.+$/, '').replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Like siteHost, but shows the input itself when it is not a URL (for labels, never for logic). */
export function displayHost(url: string): string {
  return siteHost(url) ?? url;
}
