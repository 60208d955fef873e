import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openProvenanceDb, type ProvenanceDb } from '../../../utils/research/db';
import type { ProvenanceReport, Signal, Verdict } from '../../../utils/provenance/types';

/** A fresh, empty IndexedDB for each test. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

export async function openFreshDb(): Promise<ProvenanceDb> {
  freshIndexedDb();
  return openProvenanceDb('provenance-lens-test');
}

export const disclosure: Signal = {
  kind: 'disclosure-text',
  category: 'ai-generated',
  scope: 'page',
  text: 'AI Disclaimer: An advanced artificial intelligence (AI) system generated the content of this page on its own.',
  lang: 'en',
  rule: 'disclosure.en.generated-by-ai',
  explanation: 'The page says AI generated it.',
  weight: 0.95,
};

export function provenance(overrides: Partial<ProvenanceReport> & { url?: string; verdict?: Verdict } = {}): ProvenanceReport {
  const { url = 'https://beijing-post.example/2025/03/china-ai', ...rest } = overrides;
  return {
    detector: 'provenance-lens-detector/1.0.0',
    isArticle: true,
    verdict: 'ai-generated',
    confidence: 0.95,
    signals: [disclosure],
    text: 'China Denounces U.S. AI Export Restrictions. Beijing criticizes Washington.',
    ...rest,
    meta: {
      url,
      headline: 'China Denounces U.S. AI Export Restrictions',
      siteName: 'Beijing Post',
      lang: 'en',
      publishedAt: '2025-03-27',
      contacts: [],
      ...rest.meta,
    },
  };
}
