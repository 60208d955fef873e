/**
 * Page chrome that the main-text pass lets through — share bars, player labels, ad labels, rating
 * widgets, comment counters, menus, "your browser is out of date" notices, contact footers — taken
 * out paragraph by paragraph before any query term is counted. A paragraph is chrome only when it is
 * short: a real paragraph that happens to say "Twitter" stays.
 */

/** Words that make up widgets, in the languages we search (matched whole, case-insensitive). */
const WIDGET = new RegExp(
  [
    // share and social
    'share|shares|shared|tweet|twittear|compartir|compartilhe|compartilhar|partager|teilen|condividi|udostępnij|sdílet|jaa|dela|del artikel|paylaş|поделиться|مشاركة|facebook|twitter|whatsapp|messenger|linkedin|pinterest|telegram|reddit|e-?mail|enviar por mail|imprimir|print|drucken|imprimer|stampa|drukuj|copy link|copiar link|copier le lien|link kopieren',
    // ads
    'advertisement|advertising|sponsored|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|reklama|mainos|annons|reklam|реклама|إعلان|continua depois da publicidade|continúa después de la publicidad',
    // players and audio
    'video|play|pause|mute|unmute|fullscreen|full screen|duration|playback|ouvir o texto|escucha la noticia|listen to this article|artikel anhören|écouter l’article|écouter|ascolta',
    // ratings, comments, newsletters, navigation
    'puntualo|estrellas?|valorar|rate this|comentar|comments?|kommentare?|commentaires?|commenti|komentarze|dołącz do dyskusji|interakcj[ia]|subscribe|newsletter|abonnieren|s’abonner|suscríbete|inscreva-se|sign up|log ?in|anmelden|leia mais|read more|weiterlesen|lire aussi|leer más|leggi anche|czytaj także|voltar|back to top|menu|skip to content|zum inhalt',
    // notices and footers
    'cookies?|javascript|your browser|ihr browser|votre navigateur|su navegador|seu navegador|il tuo browser|przeglądark[ai]|all rights reserved|todos los derechos|tous droits|alle rechte|tutti i diritti|copyright',
  ].join('|'),
  'iu',
);
const WIDGET_WORDS = new RegExp(`(?:^|[^\\p{L}])(?:${WIDGET.source})(?=$|[^\\p{L}])`, 'giu');
/** CJK browser-upgrade notices: "请使用最新的…浏览器", "ブラウザ…最新", "브라우저…업데이트". */
const CJK_BROWSER = /(浏览器|瀏覽器|ブラウザ|브라우저).{0,40}(最新|更新|升级|升級|アップデート|업데이트)|(最新|更新|升级|升級|アップデート|업데이트).{0,40}(浏览器|瀏覽器|ブラウザ|브라우저)/u;
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|(?:\+|\b00)\d[\d\s().-]{7,}\d|©/u;
const SENTENCE_END = /[.!?。！？؟]["'”’»)]*\s*$/u;

function words(p: string): string[] {
  return p.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

/** True when a paragraph is page furniture, not article prose. */
export function isChrome(paragraph: string): boolean {
  const p = paragraph.replace(/\s+/g, ' ').trim();
  if (!p) return true;
  if (CJK_BROWSER.test(p)) return true;
  const ws = words(p);
  const n = ws.length;
  const chars = [...p].length;
  const short = n <= 12 && chars <= 140;
  if (short && CONTACT.test(p)) return true;
  if (short) {
    const hits = p.match(WIDGET_WORDS)?.length ?? 0;
    if (hits >= 1 && (hits >= n / 4 || n <= 4)) return true;
    // Counters and ratings: "18", "Visto 314 veces", "1 interakcji".
    if (/^\P{L}*$/u.test(p) || (n <= 3 && /\d/.test(p) && !SENTENCE_END.test(p))) return true;
  }
  // A run of capitalised link labels with no sentence in it: a menu or tag list.
  if (n >= 6 && !SENTENCE_END.test(p)) {
    const caps = ws.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length;
    if (caps / n >= 0.7) return true;
  }
  return false;
}

const ENTITY = /&(?:#\d+;|#x[0-9a-f]+;|(?:nbsp|amp|quot|apos|lt|gt|[lr]squo|[lrb]dquo|hellip|[mn]dash|laquo|raquo|shy|zwn?j)(?:;|\b))/giu;

/** The text without chrome paragraphs, and without HTML entity names a page printed raw ("&nbsp;"). */
export function stripChrome(text: string): string {
  return text
    .replace(ENTITY, ' ')
    .split(/\n+/)
    .filter((p) => !isChrome(p))
    .join('\n\n');
}
