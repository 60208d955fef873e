import type { Signal } from './types';
import { LISTED_SITE_INFO } from './listed-site-info';

/**
 * The markers' explanations, by key. The content script builds marker signals with a key ("#m2")
 * instead of the sentence, so it does not ship them; the worker and the Node detector put the
 * sentence in before a report is stored or printed.
 */
const MARKER_EXPLANATIONS: Record<string, string> = {
  '#m1': 'The page carries China\'s implicit AI-generated label (AIGC metadata, GB 45438-2025).',
  '#m2': 'The page declares AI involvement in a machine-readable meta tag.',
  '#m3': 'A meta tag gives an IPTC digital source type made by an algorithm.',
  '#m4': 'The article element declares AI involvement in an ai-disclosure attribute.',
  '#m5': 'An element declares AI involvement in an ai-disclosure attribute (only that part of the page).',
  '#m6': 'An image on the page is declared as made by a generative model (the image only, not the text).',
  '#m7': 'The article\'s structured data declares an algorithmic digital source type.',
  '#m8': 'Structured data carries China\'s implicit AI-generated label (AIGC, GB 45438-2025).',
  '#m9': 'Structured data declares AI involvement (aiDisclosure).',
  '#m10': 'An image is declared (microdata) as made by a generative model.',
  '#m11': 'Microdata declares an algorithmic digital source type.',
  '#m12': 'Several C2PA manifests are linked; the specification says to treat that as none.',
  '#m13': 'The page links a C2PA manifest (Content Credentials); its claims are not read or verified here.',
  '#m14': 'An inline C2PA manifest names a generative-AI digital source type (signature not verified).',
  '#m15': 'The page embeds a C2PA manifest; it names no AI source type that the detector can read.',
};

function listedSite(host: string): string {
  const info = Object.hasOwn(LISTED_SITE_INFO, host) ? LISTED_SITE_INFO[host] : undefined;
  return info ? `${info.name} is listed as publishing AI-generated news (${info.source}).` : `${host} is on your own list of AI-news sites.`;
}

export function explainSignals<T extends Pick<Signal, 'explanation' | 'text'>>(signals: readonly T[]): T[] {
  return signals.map((s) => {
    if (!s.explanation.startsWith('#')) return s;
    const text = s.explanation === '#site' ? listedSite(s.text) : MARKER_EXPLANATIONS[s.explanation];
    return text ? { ...s, explanation: text } : s;
  });
}
