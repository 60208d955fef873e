/**
 * Guardian Open Platform, opt-in with the user's own key (free developer keys: 12 calls/s,
 * 5,000/day, non-commercial). One outlet, but with real snippets (trailText).
 */
import { ProviderError } from '../errors';
import { plainText } from '../feed-parse';
import { getText } from '../http';
import type { Candidate, CoverageQuery } from '../types';
import { endpointFor, hostnameOf, originPattern, type CoverageProvider, type ProviderContext } from './provider';

export const GUARDIAN_ENDPOINT = 'https://content.guardianapis.com/search';

export function buildGuardianUrl(endpoint: string, keywords: string, window: { from: string; to: string }, apiKey: string): string {
  const u = new URL(endpoint);
  u.searchParams.set('q', keywords);
  u.searchParams.set('from-date', window.from);
  u.searchParams.set('to-date', window.to);
  u.searchParams.set('order-by', 'relevance');
  u.searchParams.set('show-fields', 'trailText');
  u.searchParams.set('page-size', '30');
  u.searchParams.set('api-key', apiKey);
  return u.toString();
}

export function parseGuardianResponse(text: string): Candidate[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ProviderError('bad-response', `Guardian sent invalid JSON: ${(err as Error).message}`);
  }
  const response = (data as { response?: Record<string, unknown>; message?: unknown } | null)?.response;
  if (!response || typeof response !== 'object') {
    const msg = (data as { message?: unknown } | null)?.message;
    throw new ProviderError('bad-response', `Guardian: ${typeof msg === 'string' ? msg : 'no response object'}`);
  }
  if (response.status !== 'ok') {
    const msg = typeof response.message === 'string' ? response.message : 'error';
    throw new ProviderError(/key/i.test(msg) ? 'permission' : 'bad-response', `Guardian: ${msg}`);
  }
  const results = Array.isArray(response.results) ? response.results : [];
  const out: Candidate[] = [];
  for (const r of results as Record<string, unknown>[]) {
    const url = typeof r.webUrl === 'string' ? r.webUrl : '';
    const title = typeof r.webTitle === 'string' ? r.webTitle : '';
    if (!/^https?:\/\//.test(url) || !title) continue;
    const fields = (r.fields ?? {}) as Record<string, unknown>;
    out.push({
      title: plainText(title),
      url,
      host: hostnameOf(url),
      sourceName: 'The Guardian',
      publishedAt: typeof r.webPublicationDate === 'string' ? r.webPublicationDate : undefined,
      snippet: typeof fields.trailText === 'string' ? plainText(fields.trailText).slice(0, 400) : undefined,
      provider: 'guardian',
    });
  }
  return out;
}

export const guardianProvider: CoverageProvider = {
  id: 'guardian',
  label: 'The Guardian Open Platform',
  defaultEndpoint: GUARDIAN_ENDPOINT,
  requiresKey: true,
  permissionOrigins(settings) {
    return [originPattern(endpointFor('guardian', GUARDIAN_ENDPOINT, settings))];
  },
  async search(query: CoverageQuery, ctx: ProviderContext): Promise<Candidate[]> {
    const key = ctx.settings.guardianKey?.trim();
    if (!key) throw new ProviderError('permission', 'the Guardian provider needs your own API key (open-platform.theguardian.com)');
    const endpoint = endpointFor('guardian', GUARDIAN_ENDPOINT, ctx.settings);
    const out: Candidate[] = [];
    for (const [i, kw] of query.keywordQueries.slice(0, 2).entries()) {
      await ctx.rateLimiter.acquire('guardian', ctx.signal);
      try {
        const res = await getText(buildGuardianUrl(endpoint, kw, query.window, key), { ...ctx.http, fetch: ctx.fetch, signal: ctx.signal, accept: 'application/json' });
        out.push(...parseGuardianResponse(res.text));
      } catch (err) {
        if (i === 0 || ctx.signal.aborted) throw err;
        break;
      }
      if (out.length >= 5) break;
    }
    return out;
  },
};
