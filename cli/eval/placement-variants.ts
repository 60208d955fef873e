import { parseDocument } from '../../utils/provenance/parse-html';
import { FILLER } from './sentence-page';

/** What a publisher sets in the note's own block besides its words: a bold lead, a policy link, a line break, an icon, a newsroom sentence. */
type Around = 'lead' | 'tail' | 'br' | 'icon' | 'before' | 'after';

interface Variant {
  /** The elements around the sentence, outermost first: tag, class, role. */
  wrap: ReadonlyArray<readonly [string, string?, string?]>;
  around?: Around;
  /** Set at the top of the article (a kicker above the headline, a standfirst under it) instead of its end. */
  top?: 'above' | 'under';
}

/**
 * Ways a publisher's note can sit in an article besides a plain paragraph at its end: what the detector should read the
 * same whatever the markup around the words. Phrasing is held fixed, only the markup moves, so a loss here is the
 * detector's reading of structure, not of language.
 */
export const PLACEMENT_VARIANTS = {
  paragraph: { wrap: [['p']] },
  italic: { wrap: [['p'], ['em']] },
  small: { wrap: [['p'], ['small']] },
  'note div': { wrap: [['div', 'article-note']] },
  'disclaimer div': { wrap: [['div', 'disclaimer']] },
  'aside box': { wrap: [['aside', 'ai-disclosure'], ['p']] },
  'article footer': { wrap: [['footer', 'article-footer'], ['p']] },
  'role=note': { wrap: [['div', '', 'note']] },
  'list item': { wrap: [['ul', 'notes'], ['li']] },
  'whole link to a policy': { wrap: [['p'], ['a']] },
  blockquote: { wrap: [['blockquote'], ['p']] },
  'details box': { wrap: [['details'], ['p']] },
  'bold lead': { wrap: [['p']], around: 'lead' },
  'learn-more link after': { wrap: [['p']], around: 'tail' },
  'line-break lead': { wrap: [['p']], around: 'br' },
  'icon lead': { wrap: [['p']], around: 'icon' },
  'boilerplate before': { wrap: [['p']], around: 'before' },
  'boilerplate after': { wrap: [['p']], around: 'after' },
  'above the headline': { wrap: [['p']], top: 'above' },
  'under the headline': { wrap: [['p']], top: 'under' },
} as const satisfies Record<string, Variant>;

export type PlacementVariant = keyof typeof PLACEMENT_VARIANTS;

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
 * An article page with `text` inside the variant's elements (at the article's end unless the variant says top), as a
 * document the detector reads directly; the text is set as text, never parsed as markup.
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
  const { wrap, around, top }: Variant = PLACEMENT_VARIANTS[variant];
  const h1 = article.querySelector('h1')!;
  let parent: Element = article;
  for (const [tag, cls, role] of wrap) {
    const el = doc.createElement(tag);
    if (cls) el.setAttribute('class', cls);
    if (role) el.setAttribute('role', role);
    if (tag === 'a') el.setAttribute('href', '/ai-policy');
    if (top && parent === article) article.insertBefore(el, top === 'above' ? h1 : h1.nextSibling);
    else parent.appendChild(el);
    parent = el;
  }
  const [lead, tail, boilerplate] = WORDS[lang] ?? WORDS['en']!;
  const cjk = lang === 'ja' || lang === 'zh';
  const space = cjk ? '' : ' ';
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
  else if (around === 'after') parent.textContent = `${text}${/[.!?。！？]["”’»」』)）]*$/u.test(text) ? '' : cjk ? '。' : '.'}${space}${boilerplate}`;
  else parent.textContent = text;
  return doc;
}
