/** Bounded, failure-tolerant reading of JSON-LD blocks. */

export interface JsonLdNode {
  types: string[];
  obj: Record<string, unknown>;
  /** The property this node was reached through (`image`, `publisher`…), or '' at top level. */
  via: string;
  /** Types of the nearest typed ancestor. */
  parentTypes: string[];
}

const MAX_SCRIPT_CHARS = 500_000;
const MAX_TOTAL_CHARS = 2_000_000;
const MAX_NODES = 5_000;
const MAX_SCRIPTS = 50;

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : t === undefined ? [] : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

/** Every object in every ld+json script, breadth-first, with how it was reached. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  let total = 0;
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (!raw || raw.length > MAX_SCRIPT_CHARS || total + raw.length > MAX_TOTAL_CHARS) continue;
    total += raw.length;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    const queue: Array<{ v: unknown; via: string; parentTypes: string[] }> = [{ v: parsed, via: '', parentTypes: [] }];
    for (let qi = 0; qi < queue.length && out.length < MAX_NODES && queue.length < MAX_NODES * 4; qi++) {
      const { v, via, parentTypes } = queue[qi]!;
      if (Array.isArray(v)) {
        for (const x of v) queue.push({ v: x, via, parentTypes });
        continue;
      }
      if (!v || typeof v !== 'object') continue;
      const obj = v as Record<string, unknown>;
      const types = typesOf(obj);
      out.push({ types, obj, via, parentTypes });
      const nextParent = types.length ? types : parentTypes;
      for (const [k, child] of Object.entries(obj)) {
        if (child && typeof child === 'object') queue.push({ v: child, via: k === '@graph' ? via : k, parentTypes: nextParent });
      }
    }
  }
  return out;
}

export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o['name']) ?? str(o['@id']) ?? str(o['url']) ?? str(o['@value']);
  }
  return undefined;
}

export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting', 'ScholarlyArticle',
  'TechArticle', 'SatiricalArticle', 'Report', 'SocialMediaPosting',
]);

export const MEDIA_TYPES = new Set(['ImageObject', 'VideoObject', 'MediaObject', 'AudioObject', 'Photograph', '3DModel']);
export const MEDIA_PROPS = new Set(['image', 'video', 'audio', 'thumbnail', 'thumbnailUrl', 'logo', 'associatedMedia', 'primaryImageOfPage', 'photo']);
