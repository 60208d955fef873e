import type { ArticleMeta } from './types';
import { resolveUrl } from './dom';
import { ARTICLE_TYPES, str, type JsonLdNode } from './jsonld';
import { dateInText, normalizeDate } from './dates';
import { findContacts } from './contacts';
import { sameSite } from '../site';

function clean(s: string | null | undefined, max = 300): string | undefined {
  if (!s) return undefined;
  const t = s.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : undefined;
}

function articleNode(nodes: JsonLdNode[]): Record<string, unknown> | undefined {
  return nodes.find((n) => n.types.some((t) => ARTICLE_TYPES.has(t)))?.obj;
}

function authorName(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    const names = v.map(authorName).filter((x): x is string => !!x);
    return names.length ? names.slice(0, 5).join(', ') : undefined;
  }
  if (v && typeof v === 'object') return str((v as Record<string, unknown>)['name']);
  return typeof v === 'string' && !/^https?:/i.test(v) ? v : undefined;
}

/** "Headline | Site" → "Site", when the last part is short. */
function siteFromTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—·»]\s+|\s+-\s+/);
  const last = parts.length > 1 ? parts[parts.length - 1]!.trim() : '';
  return last && last.length <= 40 ? last : undefined;
}

const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], .byline, .author, .author-name, [class*="byline"]';
const DATE_TEXT_SELECTOR = '.dateline, .date, .published, .post-date, .entry-date, [class*="date"], time, header p, article p';

type MetaAttr = 'name' | 'property' | 'itemprop' | 'http-equiv';

/**
 * The page's <meta> tags read once: each field below was a selector query of its own, which walks the whole document
 * whenever the page lacks that tag (linkedom in the background worker and the command line matches every element).
 * Returns the trimmed content of the first tag in document order that carries any of the attribute values, as
 * `querySelector` finds it; http-equiv compares without case, as the selector did.
 */
function metaReader(doc: Document): (...keys: Array<[MetaAttr, string]>) => string | undefined {
  const all = doc.getElementsByTagName('meta');
  const tags: Array<{ attrs: Record<MetaAttr, string | null>; content: string | null }> = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const attrs = { name: el.getAttribute('name'), property: el.getAttribute('property'), itemprop: el.getAttribute('itemprop'), 'http-equiv': el.getAttribute('http-equiv')?.toLowerCase() ?? null };
    if (attrs.name !== null || attrs.property !== null || attrs.itemprop !== null || attrs['http-equiv'] !== null) tags.push({ attrs, content: el.getAttribute('content') });
  }
  return (...keys) => {
    const tag = tags.find((t) => keys.some(([attr, value]) => t.attrs[attr] === value));
    const v = tag?.content?.trim();
    return v ? v : undefined;
  };
}

export function extractMeta(doc: Document, url: string, base: string, jsonld: JsonLdNode[]): ArticleMeta {
  const art = articleNode(jsonld);
  const metaContent = metaReader(doc);
  const publisher = art?.['publisher'];
  const title = clean(doc.querySelector('title')?.textContent);
  const h1 = clean(doc.querySelector('h1')?.textContent);

  const headline =
    clean(str(art?.['headline'])) ??
    clean(metaContent(['property', 'og:title'])) ??
    clean(metaContent(['name', 'twitter:title'])) ??
    h1 ??
    title;

  const siteName =
    clean(metaContent(['property', 'og:site_name'])) ??
    clean(authorName(publisher)) ??
    clean(metaContent(['name', 'application-name'])) ??
    clean(doc.querySelector('.site-name, .site-title, .logo, [class*="site-name"]')?.textContent, 80) ??
    siteFromTitle(title);

  let byline = clean(authorName(art?.['author'])) ?? clean(metaContent(['name', 'author']));
  if (!byline) {
    const el = doc.querySelector(BYLINE_SELECTOR);
    const t = clean(el?.textContent, 120);
    if (t && t.length <= 100) byline = t.replace(/^(?:by|von|par|por|di|door|av|af)\s+/i, '');
  }

  let publishedAt =
    normalizeDate(str(art?.['datePublished'])) ??
    normalizeDate(metaContent(['property', 'article:published_time'])) ??
    normalizeDate(metaContent(['name', 'date'], ['name', 'pubdate'], ['name', 'publishdate'], ['name', 'DC.date.issued'], ['itemprop', 'datePublished'], ['name', 'parsely-pub-date'], ['name', 'sailthru.date'])) ??
    normalizeDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (!publishedAt) {
    const els = doc.querySelectorAll(DATE_TEXT_SELECTOR);
    for (let i = 0; i < els.length && i < 40 && !publishedAt; i++) {
      const t = els[i]!.textContent ?? '';
      if (t.length <= 200) publishedAt = dateInText(t);
    }
  }
  const modifiedAt =
    normalizeDate(str(art?.['dateModified'])) ??
    normalizeDate(metaContent(['property', 'article:modified_time'])) ??
    normalizeDate(metaContent(['property', 'og:updated_time']));

  const lang =
    clean(doc.documentElement?.getAttribute('lang'), 35) ??
    clean(metaContent(['http-equiv', 'content-language']), 35) ??
    clean(str(art?.['inLanguage']), 35) ??
    clean(metaContent(['property', 'og:locale'])?.replace('_', '-'), 35);

  const canonicalUrl =
    resolveUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), base) ??
    resolveUrl(metaContent(['property', 'og:url']), base) ??
    resolveUrl(str(art?.['mainEntityOfPage']) ?? str(art?.['url']), base);

  const description =
    clean(metaContent(['name', 'description']), 500) ??
    clean(metaContent(['property', 'og:description']), 500) ??
    clean(str(art?.['description']), 500);

  const meta: ArticleMeta = { url, contacts: findContacts(doc, base, jsonld) };
  // A page names any canonical it likes: another site's would let it write records, pull up
  // drafts and send reports under that site's name. Only a saved file (no web address of its
  // own) takes the canonical it names on trust.
  if (canonicalUrl && /^https?:/i.test(canonicalUrl) && (sameSite(canonicalUrl, url) || !/^https?:/i.test(url))) meta.canonicalUrl = canonicalUrl;
  if (headline) meta.headline = headline;
  if (siteName) meta.siteName = siteName;
  if (byline) meta.byline = byline;
  if (publishedAt) meta.publishedAt = publishedAt;
  if (modifiedAt) meta.modifiedAt = modifiedAt;
  if (lang) meta.lang = lang;
  if (description) meta.description = description;
  return meta;
}
