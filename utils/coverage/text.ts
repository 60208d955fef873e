/**
 * Language-aware tokenising shared by query building and ranking, so a term extracted from the
 * article and the same word in a candidate headline get the same match key.
 */
import { stopwordsFor } from './stopwords';

export interface Token {
  /** The word as written, possessive `'s` removed. */
  surface: string;
  /** Match key: see `termKey`. */
  key: string;
  /** First character is upper-case (Latin/Cyrillic/Greek…). */
  capitalised: boolean;
  acronym: boolean;
  /** First word of a sentence (its capital says nothing). */
  sentenceStart: boolean;
  /** Text between the previous word and this one (punctuation breaks entity runs). */
  gapBefore: string;
  /** The word ended in a possessive `'s`, which also ends a name. */
  possessive: boolean;
  stop: boolean;
}

const CJK = new Set(['zh', 'ja', 'ko', 'th', 'lo', 'km', 'my']);
const S_STEM = new Set(['en', 'fr', 'es', 'pt']);

export function primaryLang(tag: string | undefined): string {
  const p = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(p) ? p : 'und';
}

/** Languages written without spaces between words. */
export function isUnspaced(lang: string): boolean {
  return CJK.has(lang) && lang !== 'ko';
}

export function hasCjk(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(text);
}

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

function stem(word: string, lang: string): string {
  if (!S_STEM.has(lang) || word.length <= 3) return word;
  if (lang === 'en' && word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** The key two spellings of one word share: acronyms upper-case without dots (`U.S.` → `US`), other words
 * lower-case, diacritics folded, plural `s` removed for languages where that is safe. */
export function termKey(word: string, lang: string): string {
  const w = word.replace(/['’]s$/u, '');
  if (ACRONYM.test(w) && /\p{Lu}.*\p{Lu}/u.test(w)) return w.replace(/\./g, '');
  const lower = w.toLowerCase();
  return stem(/[^ -~]/.test(lower) ? fold(lower) : lower, lang);
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    let locale = lang === 'und' ? 'en' : lang;
    try {
      s = new Intl.Segmenter(locale, { granularity: 'word' });
    } catch {
      locale = 'en';
      s = new Intl.Segmenter(locale, { granularity: 'word' });
    }
    segmenters.set(lang, s);
  }
  return s;
}

const SENTENCE_END = /[.!?。！？\n]/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** "AT&T", "PG&E", "S&P": short capitals joined by `&` are one name. */
function joinsAmpersand(prev: string, next: string): boolean {
  return /^\p{Lu}{1,4}$/u.test(prev) && /^\p{Lu}{1,4}$/u.test(next);
}

/** "COVID-19", "F-35", "al-Assad", "Rolls-Royce", "Jean-Luc": a hyphenated name is searched whole.
 * Lower-case compounds ("well-known", "Corona-Lockdown"'s parts) stay apart: their parts match other headlines. */
function joinsHyphen(prev: string, next: string, lang: string): boolean {
  const caps = (w: string) => /^\p{Lu}/u.test(w);
  const shortOrCode = (w: string) => [...w].length <= 2 || /^\p{Lu}+$/u.test(w);
  if (/^\d+$/.test(prev)) return /^\p{Lu}+$/u.test(next);
  if (/^\d+$/.test(next)) return /^\p{L}+$/u.test(prev) && (caps(prev) || shortOrCode(prev));
  // German capitalises every noun: "Corona-Lockdown" is two words another headline may use apart.
  if (lang === 'de') return shortOrCode(prev) || /^\p{Lu}+$/u.test(next);
  return (caps(prev) && caps(next)) || (shortOrCode(prev) && caps(next)) || (caps(prev) && /^\p{Lu}+$/u.test(next));
}

/** Word segments of `text`, with joins the segmenter does not make: `AT&T`, `COVID-19`, and Chinese
 * names it cuts into single characters ("习|近平", "王|毅", "梁|振|英"). */
function segments(text: string, lang: string): { segment: string; isWordLike: boolean }[] {
  const out: { segment: string; isWordLike: boolean }[] = [];
  for (const seg of segmenter(lang).segment(text)) {
    const s = { segment: seg.segment, isWordLike: !!seg.isWordLike };
    const gap = out[out.length - 1];
    const prev = out[out.length - 2];
    if (s.isWordLike && gap && !gap.isWordLike && prev?.isWordLike && ((gap.segment === '&' && joinsAmpersand(prev.segment, s.segment)) || (gap.segment === '-' && joinsHyphen(prev.segment, s.segment, lang)))) {
      out.pop();
      prev.segment += gap.segment + s.segment;
      continue;
    }
    out.push(s);
  }
  return isUnspaced(lang) ? joinHan(out, lang) : out;
}

function joinHan(segs: { segment: string; isWordLike: boolean }[], lang: string): { segment: string; isWordLike: boolean }[] {
  const isStop = stopwordsFor(lang);
  const single = (s: { segment: string; isWordLike: boolean } | undefined) => !!s && s.isWordLike && [...s.segment].length === 1 && HAN_ONLY.test(s.segment) && !isStop(s.segment);
  const out: { segment: string; isWordLike: boolean }[] = [];
  for (let i = 0; i < segs.length; i++) {
    if (!single(segs[i])) {
      out.push(segs[i]!);
      continue;
    }
    let j = i;
    while (single(segs[j])) j++;
    const run = segs.slice(i, j).map((s) => s.segment);
    if (run.length === 1) {
      // One character beside a two-character word: a name the dictionary split ("习|近平", "金正|恩").
      const next = segs[j];
      const last = out[out.length - 1];
      if (next?.isWordLike && HAN_ONLY.test(next.segment) && [...next.segment].length === 2) {
        out.push({ segment: run[0]! + next.segment, isWordLike: true });
        i = j;
        continue;
      }
      if (last?.isWordLike && HAN_ONLY.test(last.segment) && [...last.segment].length === 2) {
        last.segment += run[0];
        i = j - 1;
        continue;
      }
      out.push(segs[i]!);
      continue;
    }
    // A run of single characters: names are mostly two or three characters long.
    for (let k = 0; k < run.length; ) {
      const left = run.length - k;
      const take = left === 4 || left === 2 ? left : 3;
      out.push({ segment: run.slice(k, k + take).join(''), isWordLike: true });
      k += take;
    }
    i = j - 1;
  }
  return out;
}

/** Words of `text` (Intl.Segmenter, so CJK is split into words too), with the case and position facts
 * the entity heuristics need. Numbers and single letters are kept out. */
export function tokenize(text: string, lang: string): Token[] {
  const isStop = stopwordsFor(lang);
  const out: Token[] = [];
  let gap = '';
  let sentenceStart = true;
  let prevRaw = '';
  for (const seg of segments(text, lang)) {
    if (!seg.isWordLike) {
      gap += seg.segment;
      if (SENTENCE_END.test(seg.segment) && !/^\.$/.test(seg.segment.trim())) sentenceStart = true;
      else if (/\.\s/.test(seg.segment) || /^\.\s*$/.test(seg.segment)) {
        // "U.S. officials": a dot after an acronym does not end the sentence.
        const prev = out[out.length - 1];
        if (!(prev && prev.acronym)) sentenceStart = true;
      }
      continue;
    }
    const raw = seg.segment;
    const possessive = /['’]s$/u.test(raw);
    const surface = raw.replace(/['’]s$/u, '');
    const first = surface.charAt(0);
    const acronym = ACRONYM.test(surface) && /\p{Lu}.*\p{Lu}/u.test(surface);
    const capitalised = first !== first.toLowerCase() && first === first.toUpperCase();
    const lower = surface.toLowerCase();
    const unspacedScript = hasCjk(surface);
    const tooShort = unspacedScript ? [...surface].length < 2 : surface.length < (acronym ? 2 : 3);
    const numeric = /^[\d.,:/-]+$/.test(surface);
    // "4-wöchiger", "31-year-old": the part after a number and a hyphen is half a word.
    const afterNumber = gap === '-' && /^\d+$/.test(out[out.length - 1]?.surface ?? prevRaw);
    const stop = !acronym && (isStop(lower) || tooShort || numeric || afterNumber);
    out.push({
      surface: acronym ? surface.replace(/\.$/, '') : surface,
      key: termKey(surface, lang),
      capitalised,
      acronym,
      sentenceStart,
      gapBefore: gap,
      possessive,
      stop,
    });
    gap = '';
    sentenceStart = false;
    prevRaw = surface;
  }
  return out;
}

/** Distinct match keys of the content words of `text`. */
export function contentKeys(text: string, lang: string): string[] {
  return [...new Set(tokenize(text, lang).filter((t) => !t.stop).map((t) => t.key))];
}
