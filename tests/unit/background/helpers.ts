import type { TabState } from '@/utils/messages';

/** A tab holding a flagged Belgian coronavirus article (the recorded Google News answer's story), in the given language. */
export function flaggedArticleTab(tabId: number, url: string, article: { headline: string; lang: string; text: string }, extra: Partial<TabState> = {}): TabState {
  return {
    tabId,
    url,
    title: 'Coronavirus',
    updatedAt: '2020-03-09T08:00:00Z',
    report: {
      detector: 'provenance-lens-detector/1.0.0',
      isArticle: true,
      verdict: 'ai-generated',
      confidence: 0.9,
      signals: [],
      meta: { url, headline: article.headline, publishedAt: '2020-03-09T07:00:00+01:00', lang: article.lang, contacts: [] },
      text: article.text,
    },
    ...extra,
  };
}
