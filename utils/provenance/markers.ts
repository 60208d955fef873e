import type { Signal, SignalCategory, SignalScope } from './types';
import { cssPath, tagOf } from './dom';
import { ARTICLE_TYPES, MEDIA_PROPS, MEDIA_TYPES, str, type JsonLdNode } from './jsonld';
import { metaTags, type MetaTag } from './meta-tags';

/**
 * Machine-readable markers: W3C AI Content Disclosure meta/attributes (and older plugin spellings),
 * IPTC/schema.org digitalSourceType, C2PA page manifests (research/ai-disclosure-signals.md §1).
 */

const MAX_META = 600;
const MAX_ATTR_ELEMENTS = 50;

/** W3C CG values (human-only, ai-assisted, ai-autonomous), explainer and plugin tokens, IETF modes. */
export function categoryOfDisclosureValue(value: string): SignalCategory | null {
  const v = value.trim().toLowerCase().split(/[;,\s]/)[0] ?? '';
  if (!v || /^(?:none|human[-_]?only|human|no|false|0|off|unknown)$/.test(v)) return null;
  if (/summar/.test(v)) return 'ai-summary';
  if (/assist|modif|mixed|edit|augment|translat/.test(v)) return 'ai-assisted';
  if (/machine[-_]?generated|automat|data[-_]?driven|template/.test(v)) return 'automated';
  if (/generat|autonom|originat|^ai$|^true$|^yes$|^1$|synthetic/.test(v)) return 'ai-generated';
  return null;
}

const DST = /(compositeWithTrainedAlgorithmicMedia|trainedAlgorithmicMedia|algorithmicMedia|dataDrivenMedia)(?:DigitalSource)?\/?$/i;

/** IPTC digital source type (term, IPTC URI or schema.org enumeration member) → category. */
export function categoryOfDigitalSourceType(value: string): SignalCategory | null {
  const m = DST.exec(value.trim());
  if (!m) return null;
  const term = m[1]!.toLowerCase();
  if (term === 'compositewithtrainedalgorithmicmedia') return 'ai-assisted';
  if (term === 'trainedalgorithmicmedia') return 'ai-generated';
  return 'automated';
}

function marker(
  category: SignalCategory,
  scope: SignalScope,
  text: string,
  rule: string,
  explanation: string,
  weight: number,
  css?: string,
): Signal {
  return {
    kind: 'meta-marker',
    category,
    scope,
    text: text.slice(0, 500),
    lang: 'und',
    rule,
    explanation,
    weight,
    ...(css ? { locator: { css } } : {}),
  };
}

/**
 * China's implicit label (GB 45438-2025): an AIGC field holding JSON such as
 * {"Label":"1","ContentProducer":"…"}; Label 1 is generated content, 2 and 3 possibly and
 * suspected generated. A pattern, not a parse: the content script stays small.
 */
export function aigcLabel(value: string): { category: SignalCategory; weight: number } | null {
  const m = /"label"\s*:\s*"?([123])\b/i.exec(value.slice(0, 4000));
  return m ? { category: 'ai-generated', weight: m[1] === '1' ? 0.9 : 0.6 } : null;
}

const AI_META_NAMES = /^(?:ai[-_]?disclosure|ai[-_]?generated|ai[-_]?content(?:[-_]declaration)?|aigc|generated[-_]by[-_]ai|ai[-_]?assisted)$/;

// Every name the rules read contains "ai" or "digitalsourcetype" (no 'u' flag: 'i' folds ASCII
// letters only, as a selector's 'i' does).
const AI_META_PART = /ai|digitalsourcetype/i;

function fromMeta(metas: MetaTag[], out: Signal[]): void {
  let sawDisclosure = false;
  let read = 0;
  for (const { el: m, name: n, property: p } of metas) {
    if (!AI_META_PART.test(n ?? '') && !AI_META_PART.test(p ?? '')) continue;
    if (++read > MAX_META) break;
    const name = (n ?? p ?? '').trim().toLowerCase();
    const content = m.getAttribute('content') ?? '';
    if (!name || !content) continue;
    if (AI_META_NAMES.test(name)) {
      if (/disclosure/.test(name)) {
        if (sawDisclosure) continue; // the first matching <meta> wins (W3C CG draft)
        sawDisclosure = true;
      }
      const aigc = name === 'aigc' ? aigcLabel(content) : null;
      if (aigc) {
        out.push(marker(aigc.category, 'page', `<meta name="${name}" content="${content.trim()}">`, 'marker.meta.aigc',
          '#m1', aigc.weight, cssPath(m)));
        continue;
      }
      let cat = categoryOfDisclosureValue(content);
      if (/generated/.test(name) && cat === null && /^(?:true|yes|1)$/i.test(content.trim())) cat = 'ai-generated';
      if (/assisted/.test(name) && cat === 'ai-generated') cat = 'ai-assisted';
      if (!cat) continue;
      out.push(
        marker(cat, 'page', `<meta name="${name}" content="${content.trim()}">`, `marker.meta.${name.replace(/_/g, '-')}`,
          '#m2', 0.9, cssPath(m)),
      );
    } else if (/digitalsourcetype/.test(name)) {
      const cat = categoryOfDigitalSourceType(content);
      if (cat) {
        out.push(marker(cat, 'page', content.trim(), 'marker.meta.digital-source-type',
          '#m3', 0.85, cssPath(m)));
      }
    }
  }
}

const PAGE_CONTAINERS = /(?:^|[\s_-])(?:article|content|story|post|entry|body|main)(?:$|[\s_-])/;

const DISCLOSURE_ATTRS = ['ai-disclosure', 'data-ai-disclosure', 'aidisclosure'];

function fromAttributes(doc: Document, out: Signal[]): void {
  // Almost no page has one: three single-selector probes cost less than one comma-list query.
  if (!DISCLOSURE_ATTRS.some((a) => doc.querySelector(`[${a}]`))) return;
  const els = doc.querySelectorAll('[ai-disclosure], [data-ai-disclosure], [aidisclosure]');
  for (let i = 0; i < els.length && i < MAX_ATTR_ELEMENTS; i++) {
    const el = els[i]!;
    const attr = el.hasAttribute('ai-disclosure') ? 'ai-disclosure' : el.hasAttribute('data-ai-disclosure') ? 'data-ai-disclosure' : 'aidisclosure';
    const value = el.getAttribute(attr) ?? '';
    const cat = categoryOfDisclosureValue(value);
    if (!cat) continue;
    const tag = tagOf(el);
    let scope: SignalScope = 'element';
    if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article' || el.getAttribute('itemprop') === 'articleBody') scope = 'page';
    else if (tag === 'img' || tag === 'picture' || tag === 'figure' || tag === 'video') scope = 'image';
    else if (PAGE_CONTAINERS.test((el.getAttribute('class') ?? '').toLowerCase()) && (el.textContent ?? '').length > 1500) scope = 'page';
    out.push(marker(cat, scope, `${attr}="${value.trim()}"`, `marker.attr.${attr}`,
      scope === 'page' ? '#m4'
        : '#m5', 0.9, cssPath(el)));
  }
}

function fromJsonLd(nodes: JsonLdNode[], out: Signal[]): void {
  for (const n of nodes) {
    const dst = str(n.obj['digitalSourceType']);
    const isMedia = n.types.some((t) => MEDIA_TYPES.has(t)) || MEDIA_PROPS.has(n.via);
    if (dst) {
      const cat = categoryOfDigitalSourceType(dst);
      if (cat) {
        const isPageNode = !isMedia && (n.via === '' || n.via === 'mainEntity' || n.via === 'mainEntityOfPage' || n.types.some((t) => ARTICLE_TYPES.has(t) || t === 'WebPage'));
        const scope: SignalScope = isMedia ? 'image' : isPageNode ? 'page' : 'element';
        out.push(marker(cat, scope, dst, `marker.jsonld.digital-source-type`,
          isMedia ? '#m6'
            : '#m7', isMedia ? 0.8 : 0.9));
      }
    }
    const aigc = n.obj['AIGC'] ? aigcLabel(JSON.stringify(n.obj['AIGC'])) : null;
    if (aigc) out.push(marker(aigc.category, isMedia ? 'image' : 'page', JSON.stringify(n.obj['AIGC']).slice(0, 300), 'marker.jsonld.aigc',
      '#m8', aigc.weight));
    const aid = n.obj['aiDisclosure'];
    const level = typeof aid === 'string' ? aid : aid && typeof aid === 'object' ? str((aid as Record<string, unknown>)['level']) : undefined;
    if (level) {
      const cat = categoryOfDisclosureValue(level);
      if (cat) out.push(marker(cat, isMedia ? 'image' : 'page', level, 'marker.jsonld.ai-disclosure', '#m9', 0.85));
    }
  }
}

function fromMicrodata(doc: Document, out: Signal[]): void {
  const els = doc.querySelectorAll('[itemprop="digitalSourceType"]');
  for (let i = 0; i < els.length && i < MAX_ATTR_ELEMENTS; i++) {
    const el = els[i]!;
    const v = el.getAttribute('content') ?? el.getAttribute('href') ?? el.textContent ?? '';
    const cat = categoryOfDigitalSourceType(v);
    if (!cat) continue;
    const scopeEl = el.closest('[itemscope]');
    const type = scopeEl?.getAttribute('itemtype') ?? '';
    const scope: SignalScope = /ImageObject|VideoObject|MediaObject|Photograph/i.test(type) ? 'image' : /Article|BlogPosting|WebPage/i.test(type) || !scopeEl ? 'page' : 'element';
    out.push(marker(cat, scope, v.trim(), 'marker.microdata.digital-source-type',
      scope === 'image' ? '#m10' : '#m11', 0.85, cssPath(el)));
  }
}

function decodedHead(b64: string): string {
  try {
    const clean = b64.replace(/\s+/g, '').slice(0, 87_384);
    return typeof atob === 'function' ? atob(clean.slice(0, clean.length - (clean.length % 4))) : '';
  } catch {
    return '';
  }
}

function fromC2pa(doc: Document, out: Signal[]): void {
  const links = doc.querySelectorAll('link[rel~="c2pa-manifest" i]');
  const scripts = doc.querySelectorAll('script[type="application/c2pa" i]');
  const count = links.length + scripts.length;
  if (count === 0) return;
  if (count > 1) {
    // C2PA HTML embedding: more than one association means none (ambiguous).
    out.push({ ...marker('suspected-ai', 'page', `${count} C2PA manifest associations`, 'marker.c2pa.ambiguous',
      '#m12', 0), informational: true });
    return;
  }
  const link = links[0];
  if (link) {
    out.push({ ...marker('suspected-ai', 'page', link.getAttribute('href') ?? '', 'marker.c2pa.manifest-link',
      '#m13', 0, cssPath(link)), informational: true });
    return;
  }
  const script = scripts[0]!;
  const decoded = decodedHead(script.textContent ?? '');
  // The composite term wins when a manifest names both (as before); includes() is case-sensitive, so the composite's
  // "…WithTrainedAlgorithmicMedia" is not read as the other.
  const term = ['compositeWithTrainedAlgorithmicMedia', 'trainedAlgorithmicMedia'].find((t) => decoded.includes(t));
  const cat = term && categoryOfDigitalSourceType(term);
  if (cat) {
    out.push(marker(cat, 'page', 'application/c2pa manifest: digitalSourceType ' + term,
      'marker.c2pa.inline-digital-source-type', '#m14', 0.7, cssPath(script)));
  } else {
    out.push({ ...marker('suspected-ai', 'page', 'application/c2pa manifest', 'marker.c2pa.inline-manifest',
      '#m15', 0, cssPath(script)), informational: true });
  }
}

export function findMarkers(doc: Document, jsonld: JsonLdNode[], metas: MetaTag[] = metaTags(doc)): Signal[] {
  const out: Signal[] = [];
  fromMeta(metas, out);
  fromAttributes(doc, out);
  fromJsonLd(jsonld, out);
  fromMicrodata(doc, out);
  fromC2pa(doc, out);
  return out;
}
