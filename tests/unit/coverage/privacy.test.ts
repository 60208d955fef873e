import { describe, expect, it } from 'vitest';
import { permissionOriginsFor } from '../../../utils/coverage';
import { findRelated } from '../../../utils/coverage/find-related';
import { describeWhatIsSent, shouldFetchAutomatically } from '../../../utils/coverage/privacy';
import { noRateLimit } from '../../../utils/coverage/rate-limit';
import { PROVIDER_IDS, VERDICTS_FOR_TEST } from './verdicts';

describe('shouldFetchAutomatically', () => {
  it('fetches on its own only for flagged pages under flagged-only, always under always, never under on-click', () => {
    for (const v of VERDICTS_FOR_TEST) {
      expect(shouldFetchAutomatically('always', v)).toBe(true);
      expect(shouldFetchAutomatically('on-click', v)).toBe(false);
      expect(shouldFetchAutomatically('flagged-only', v)).toBe(v !== 'none');
    }
    expect(shouldFetchAutomatically('flagged-only', undefined)).toBe(false);
  });
});

describe('describeWhatIsSent', () => {
  it('names the recipient and says the page address is not sent for search providers', () => {
    expect(describeWhatIsSent('google-news')).toMatch(/news\.google\.com/);
    expect(describeWhatIsSent('gdelt')).toMatch(/api\.gdeltproject\.org/);
    expect(describeWhatIsSent('guardian')).toMatch(/API key/);
    for (const id of ['google-news', 'gdelt', 'guardian'] as const) expect(describeWhatIsSent(id)).toMatch(/does not receive the address/);
    expect(describeWhatIsSent('feeds')).toMatch(/^Nothing about the article is sent/);
    for (const id of PROVIDER_IDS) expect(describeWhatIsSent(id).length).toBeGreaterThan(40);
  });
});

describe('permissions', () => {
  it('lists the origins of the enabled providers', () => {
    expect(permissionOriginsFor({ providers: ['google-news', 'gdelt'] })).toEqual(['https://news.google.com/*', 'https://api.gdeltproject.org/*']);
  });

  it('reports a missing host permission as a permission failure and sends nothing', async () => {
    const calls: string[] = [];
    const out = await findRelated(
      { url: 'https://ai.example/a', headline: 'Storm hits the coast of Valencia', lang: 'en' },
      {
        fetch: async (u) => {
          calls.push(u);
          return new Response('');
        },
        settings: { providers: ['google-news'] },
        rateLimiter: noRateLimit,
        hasPermission: async () => false,
      },
    );
    expect(calls).toEqual([]);
    expect(out.failures).toEqual([{ provider: 'google-news', error: { kind: 'permission', message: expect.stringContaining('news.google.com') } }]);
  });
});
