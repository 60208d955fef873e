import { parseDocument } from '../../utils/provenance/parse-html';
import { FILLER } from './sentence-page';

/**
 * Ways a publisher's note can sit at the end of an article besides a plain paragraph: what the detector should read
 * the same whatever the markup around the words. Phrasing is held fixed, only the markup moves, so a loss here is the
 * detector's reading of structure, not of language. Each variant wraps the sentence's element(s) under the article.
 */
export const PLACEMENT_VARIANTS = {
  paragraph: [['p']],
  italic: [['p'], ['em']],
  small: [['p'], ['small']],
  'note div': [['div', 'article-note']],
  'disclaimer div': [['div', 'disclaimer']],
  'aside box': [['aside', 'ai-disclosure'], ['p']],
  'article footer': [['footer', 'article-footer'], ['p']],
  'role=note': [['div', '', 'note']],
  'list item': [['ul', 'notes'], ['li']],
  'whole link to a policy': [['p'], ['a']],
  blockquote: [['blockquote'], ['p']],
  'details box': [['details'], ['p']],
  'bold lead': [['p']],
  'learn-more link after': [['p']],
  'line-break lead': [['p']],
  'icon lead': [['p']],
  'boilerplate before': [['p']],
  'boilerplate after': [['p']],
  'above the headline': [['p']],
  'under the headline': [['p']],
} as const satisfies Record<string, ReadonlyArray<readonly [string, string?, string?]>>;

export type PlacementVariant = keyof typeof PLACEMENT_VARIANTS;

/** What publishers put around a note in the same block: a bold "Note:" before it, a link to their AI policy after it. */
const AROUND: Partial<Record<PlacementVariant, 'lead' | 'tail' | 'br' | 'icon' | 'before' | 'after'>> = {
  'bold lead': 'lead',
  'learn-more link after': 'tail',
  'line-break lead': 'br',
  'icon lead': 'icon',
  'boilerplate before': 'before',
  'boilerplate after': 'after',
};

/** Variants set at the top of the article (a kicker above the headline, a standfirst under it) instead of its end. */
const AT_TOP: Partial<Record<PlacementVariant, 'above' | 'under'>> = { 'above the headline': 'above', 'under the headline': 'under' };


/**
 * In each collected language (English where a language is missing): the lead, the link's words, and a sentence of newsroom
 * boilerplate publishers set in the same paragraph as the note.
 */
const WORDS: Record<string, readonly [lead: string, tail: string, boilerplate: string]> = {
  en: ['Note:', 'Learn more', 'Questions or corrections? Write to the newsroom.'],
  de: ['Hinweis:', 'Mehr erfahren', 'Fragen oder Korrekturen? Schreiben Sie der Redaktion.'],
  fr: ['Note :', 'En savoir plus', 'Des questions ou des corrections ? Écrivez à la rédaction.'],
  es: ['Nota:', 'Más información', '¿Preguntas o correcciones? Escriba a la redacción.'],
  it: ['Nota:', 'Scopri di più', 'Domande o correzioni? Scrivete alla redazione.'],
  pt: ['Nota:', 'Saiba mais', 'Dúvidas ou correções? Escreva para a redação.'],
  nl: ['Opmerking:', 'Meer informatie', 'Vragen of correcties? Schrijf de redactie.'],
  sv: ['Obs:', 'Läs mer', 'Frågor eller rättelser? Skriv till redaktionen.'],
  da: ['Bemærk:', 'Læs mere', 'Spørgsmål eller rettelser? Skriv til redaktionen.'],
  no: ['Merk:', 'Les mer', 'Spørsmål eller rettelser? Skriv til redaksjonen.'],
  ja: ['注：', '詳しくはこちら', 'ご質問や訂正は編集部までお寄せください。'],
  zh: ['注：', '了解更多', '如有疑问或更正，请联系编辑部。'],
  ko: ['참고:', '자세히 보기', '문의나 정정 요청은 편집국으로 보내 주세요.'],
};

/**
 * An article page with `text` at its end (or top) inside the variant's elements, as a document the detector reads directly; the text
 * is set as text, never parsed as markup.
 */
export function variantDocument(text: string, lang: string, variant: PlacementVariant): Document {
  const doc = parseDocument(`<!doctype html><html><head><title>Council weighs budget</title></head><body><article><h1>Council weighs budget</h1></article></body></html>`);
  doc.documentElement.setAttribute('lang', lang);
  const article = doc.querySelector('article')!;
  for (const f of FILLER) {
    const p = doc.createElement('p');
    p.textContent = f;
    article.appendChild(p);
  }
  let parent: Element = article;
  for (const [tag, cls, role] of PLACEMENT_VARIANTS[variant] as ReadonlyArray<readonly [string, string?, string?]>) {
    const el = doc.createElement(tag);
    if (cls) el.setAttribute('class', cls);
    if (role) el.setAttribute('role', role);
    if (tag === 'a') el.setAttribute('href', '/ai-policy');
    const top = parent === article ? AT_TOP[variant] : undefined;
    const h1 = article.querySelector('h1')!;
    if (top) article.insertBefore(el, top === 'above' ? h1 : h1.nextSibling);
    else parent.appendChild(el);
    parent = el;
  }
  const around = AROUND[variant];
  const [lead, tail, boilerplate] = WORDS[lang] ?? WORDS['en']!;
  const space = lang === 'ja' || lang === 'zh' ? '' : ' ';
  if (around === 'lead') {
    const strong = doc.createElement('strong');
    strong.textContent = lead;
    parent.append(strong, `${space}${text}`);
  } else if (around === 'tail') {
    const a = doc.createElement('a');
    a.setAttribute('href', '/ai-policy');
    a.textContent = tail;
    parent.append(`${text} `, a);
  } else if (around === 'br') {
    parent.append(lead.replace(/\s*[:：]$/u, ''), doc.createElement('br'), text);
  } else if (around === 'icon') parent.textContent = `ℹ️ ${text}`;
  else if (around === 'before') parent.textContent = `${boilerplate}${space}${text}`;
  // A writer who puts a second sentence after the note ends the note with a full stop.
  else if (around === 'after') parent.textContent = `${text}${/[.!?。！？]["”’»」』)）]*$/u.test(text) ? '' : lang === 'ja' || lang === 'zh' ? '。' : '.'}${space}${boilerplate}`;
  else parent.textContent = text;
  return doc;
}
