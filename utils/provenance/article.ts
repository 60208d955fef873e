import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { ARTICLE_TYPES, type JsonLdNode } from './jsonld';
import { metaTags, type MetaTag } from './meta-tags';

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
// What [itemtype*="schema.org/Article" i] and its two siblings matched: without the 'u' flag,
// 'i' folds ASCII letters only, as the selector's 'i' does.
const MICRODATA_ARTICLE = /schema\.org\/(?:NewsArticle|Article|BlogPosting)/i;
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
export function articleEvidence(
  doc: Document,
  url: string,
  jsonld: JsonLdNode[],
  longParagraphs: () => number = () => 0,
  metas: MetaTag[] = metaTags(doc),
): ArticleEvidence {
  const structured: string[] = [];
  const against: string[] = [];
  const types = new Set(jsonld.flatMap((n) => n.types));
  if ([...types].some((t) => ARTICLE_TYPES.has(t) && t !== 'SocialMediaPosting')) structured.push('jsonld-article');
  let ogType = '';
  let generator = '';
  let published = false;
  for (const { el: m, name, property } of metas) {
    if (property !== 'og:type' && property !== 'article:published_time' && name !== 'article:published_time' && name !== 'generator') continue;
    const key = property ?? name;
    const content = m.getAttribute('content')?.trim() ?? '';
    if (key === 'og:type' && !ogType) ogType = content.toLowerCase();
    else if (key === 'generator' && !generator) generator = content;
    else if (key === 'article:published_time') published = true;
  }
  if (ogType === 'article' || ogType.startsWith('article.')) structured.push('og-article');
  if (published) structured.push('published-time');
  // One query for every typed element (a handful on most pages) instead of three substring queries.
  const typed = doc.querySelectorAll('[itemtype]');
  for (let i = 0; i < typed.length; i++) {
    if (MICRODATA_ARTICLE.test(typed[i]!.getAttribute('itemtype') ?? '')) {
      structured.push('microdata-article');
      break;
    }
  }
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
