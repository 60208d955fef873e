/**
 * What leaves the browser, and when. The README quotes `describeWhatIsSent`, so it must stay exact.
 */
import type { PrivacySetting, ProviderId, Verdict } from './types';

export const DEFAULT_PRIVACY_SETTING: PrivacySetting = 'flagged-only';

/** Fetch without a click only for pages the detector flagged (any AI verdict), or always; never for
 * `on-click`. A `none` verdict under `flagged-only` sends nothing. */
export function shouldFetchAutomatically(setting: PrivacySetting, verdict: Verdict | undefined): boolean {
  if (setting === 'always') return true;
  if (setting === 'on-click') return false;
  return verdict !== undefined && verdict !== 'none';
}

const SENT: Record<ProviderId, string> = {
  'google-news':
    'Google News (news.google.com) receives a search made of a few keywords from the article\'s headline and text, a date range (after:/before:), and the language/region edition (hl, gl, ceid). ' +
    'It does not receive the address of the page you are reading. Like any web request it also sees your IP address and browser user agent; no cookies are sent.',
  gdelt:
    'The GDELT Project (api.gdeltproject.org) receives a search made of a few keywords from the article\'s headline and text (for articles not in English: only names from it), either the list of outlet domains to search or the article\'s language and country (sourcelang:, sourcecountry:), and a start and end date. ' +
    'It does not receive the address of the page you are reading. It also sees your IP address and browser user agent; no cookies are sent.',
  feeds:
    'Nothing about the article is sent. The extension downloads the public RSS feeds of a few listed outlets (the same request for every article) and matches them on your device. ' +
    'Each outlet\'s server sees your IP address and browser user agent and that its feed was fetched; no cookies are sent.',
  guardian:
    'The Guardian Open Platform (content.guardianapis.com) receives a search made of a few keywords from the article\'s headline and text, a date range, and your own API key, which identifies you to the Guardian. ' +
    'It does not receive the address of the page you are reading. It also sees your IP address; no cookies are sent.',
};

export function describeWhatIsSent(providerId: ProviderId): string {
  return SENT[providerId];
}
