import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { ARTICLE_TYPES, type JsonLdNode } from './jsonld';

export interface ArticleEvidence {
  /** isProbablyReaderable's answer; undefined when the other cues already decided. */
  readerable?: boolean;
  structured: string[];
  against: string[];
  isArticle: boolean;
}

const NOT_ARTICLE_TYPES = new Set([
  'Product', 'ProductGroup', 'Offer', 'AggregateOffer', 'SearchResultsPage', 'CollectionPage', 'ItemList',
  'DiscussionForumPosting', 'QAPage', 'ProfilePage', 'Recipe', 'Event', 'JobPosting', 'SoftwareApplication',
]);
const ARTICLE_METAS = 'meta[property="og:type"], meta[property="article:published_time"], meta[name="article:published_time"], meta[name="generator"]';
// One selector per query: Chrome matches a comma list element by element, several times slower
// than three single-selector queries that find nothing (measured in a content script's world).
const MICRODATA_ARTICLE = ['[itemtype*="schema.org/NewsArticle" i]', '[itemtype*="schema.org/Article" i]', '[itemtype*="schema.org/BlogPosting" i]'];
const FORUM_GENERATOR = /discourse|vbulletin|phpbb|xenforo|mybb|invision|simple machines|smf|vanilla|nodebb|flarum|discuz/i;

function pathOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return null;
  }
}

/**
 * Readability's cheap readerable test (a good recall gate, poor precision on forums and home pages)
 * combined with structured evidence and cheap counter-evidence (research/readability-baseline.md).
 */
export function articleEvidence(doc: Document, url: string, jsonld: JsonLdNode[], longParagraphs: () => number = () => 0): ArticleEvidence {
  const structured: string[] = [];
  const against: string[] = [];
  const types = new Set(jsonld.flatMap((n) => n.types));
  if ([...types].some((t) => ARTICLE_TYPES.has(t) && t !== 'SocialMediaPosting')) structured.push('jsonld-article');
  // The three <meta> cues in one traversal of the document rather than three.
  let ogType = '';
  let generator = '';
  let published = false;
  for (const m of Array.from(doc.querySelectorAll(ARTICLE_METAS))) {
    const key = m.getAttribute('property') ?? m.getAttribute('name');
    const content = m.getAttribute('content')?.trim() ?? '';
    if (key === 'og:type' && !ogType) ogType = content.toLowerCase();
    else if (key === 'generator' && !generator) generator = content;
    else if (key === 'article:published_time') published = true;
  }
  if (ogType === 'article' || ogType.startsWith('article.')) structured.push('og-article');
  if (published) structured.push('published-time');
  if (MICRODATA_ARTICLE.some((sel) => doc.querySelector(sel))) structured.push('microdata-article');
  const articles = doc.getElementsByTagName('article');
  if (articles.length >= 1 && articles.length <= 3 && articles[0]!.querySelector('h1, h2, [itemprop="headline"]')) structured.push('article-with-headline');

  for (const t of types) if (NOT_ARTICLE_TYPES.has(t)) against.push(`jsonld-${t}`);
  if (ogType === 'product' || ogType.startsWith('product')) against.push('og-product');
  if (ogType === 'website' && !structured.includes('jsonld-article')) against.push('og-website');
  if (FORUM_GENERATOR.test(generator)) against.push('forum-software');
  if (articles.length > 5) against.push('many-articles');
  const path = url ? pathOf(url) : null;
  if (path !== null && /^\/?(?:index\.\w+)?(?:\?.*)?$/.test(path)) against.push('home-page-url');
  if (path !== null && /[/?&](?:search|s|q|query)(?:[=/]|$)/i.test(path)) against.push('search-url');

  // One vote per independent cue; counter-evidence subtracts (a product or forum page outvotes
  // article markup; several <article> elements and og:type=website are weak). Two votes make an
  // article. Equal weights were the best simple rule on the labelled corpus pages (cli/eval.ts).
  let votes = structured.length;
  for (const a of against) votes -= a === 'many-articles' ? 1 : a === 'og-website' ? 0 : 3;
  // The two costly cues (long paragraphs, Readability's test) read the body; each adds at most
  // one vote, so they are only asked when they can still change the answer.
  if (votes === 0 || votes === 1) {
    if (longParagraphs() >= 3) {
      structured.push('long-paragraphs');
      votes++;
    }
  }
  let readerable: boolean | undefined;
  if (votes === 1) {
    try {
      readerable = isProbablyReaderable(doc);
    } catch {
      readerable = false;
    }
    if (readerable) votes++;
  }
  const isArticle = votes >= 2;
  return { ...(readerable === undefined ? {} : { readerable }), structured, against, isArticle };
}
