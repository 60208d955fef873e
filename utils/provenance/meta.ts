import type { ArticleMeta } from './types';
import { resolveUrl } from './dom';
import { ARTICLE_TYPES, str, type JsonLdNode } from './jsonld';
import { dateInText, normalizeDate } from './dates';
import { findContacts } from './contacts';
import type { PageElements } from './page-elements';
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

type MetaAttr = 'name' | 'property' | 'itemprop' | 'http-equiv';

/**
 * The page's <meta> tags (page-elements.ts) read once: each field below was a selector query of its own. Returns the
 * trimmed content of the first tag in document order that carries any of the attribute values, as `querySelector` finds
 * it; http-equiv compares without case, as the selector did.
 */
function metaReader(all: readonly Element[]): (...keys: Array<[MetaAttr, string]>) => string | undefined {
  const tags: Array<{ attrs: Record<MetaAttr, string | null>; content: string | null }> = [];
  for (const el of all) {
    const attrs = { name: el.getAttribute('name'), property: el.getAttribute('property'), itemprop: el.getAttribute('itemprop'), 'http-equiv': el.getAttribute('http-equiv')?.toLowerCase() ?? null };
    if (attrs.name !== null || attrs.property !== null || attrs.itemprop !== null || attrs['http-equiv'] !== null) tags.push({ attrs, content: el.getAttribute('content') });
  }
  return (...keys) => {
    const tag = tags.find((t) => keys.some(([attr, value]) => t.attrs[attr] === value));
    const v = tag?.content?.trim();
    return v ? v : undefined;
  };
}

export function extractMeta(doc: Document, els: PageElements, url: string, base: string, jsonld: JsonLdNode[]): ArticleMeta {
  const art = articleNode(jsonld);
  const metaContent = metaReader(els.metas);
  const publisher = art?.['publisher'];
  const title = clean(els.title?.textContent);
  const h1 = clean(els.h1?.textContent);

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
    clean(els.siteName?.textContent, 80) ??
    siteFromTitle(title);

  let byline = clean(authorName(art?.['author'])) ?? clean(metaContent(['name', 'author']));
  if (!byline) {
    const t = clean(els.byline?.textContent, 120);
    if (t && t.length <= 100) byline = t.replace(/^(?:by|von|par|por|di|door|av|af)\s+/i, '');
  }

  let publishedAt =
    normalizeDate(str(art?.['datePublished'])) ??
    normalizeDate(metaContent(['property', 'article:published_time'])) ??
    normalizeDate(metaContent(['name', 'date'], ['name', 'pubdate'], ['name', 'publishdate'], ['name', 'DC.date.issued'], ['itemprop', 'datePublished'], ['name', 'parsely-pub-date'], ['name', 'sailthru.date'])) ??
    normalizeDate(els.time?.getAttribute('datetime'));
  if (!publishedAt) {
    // The first MAX_DATE_TEXTS date-bearing elements (page-elements.ts), until one holds a date.
    for (const el of els.dateTexts) {
      const t = el.textContent ?? '';
      if (t.length <= 200) publishedAt = dateInText(t);
      if (publishedAt) break;
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
    resolveUrl(els.canonical?.getAttribute('href'), base) ??
    resolveUrl(metaContent(['property', 'og:url']), base) ??
    resolveUrl(str(art?.['mainEntityOfPage']) ?? str(art?.['url']), base);

  const description =
    clean(metaContent(['name', 'description']), 500) ??
    clean(metaContent(['property', 'og:description']), 500) ??
    clean(str(art?.['description']), 500);

  const meta: ArticleMeta = { url, contacts: findContacts(els.links, base, jsonld) };
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
