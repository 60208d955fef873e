/** Dates as ISO 8601, from machine formats and from dates written in page text. */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['jan', 'january', 'januar', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'jänner'],
  ['feb', 'february', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari'],
  ['mar', 'march', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart'],
  ['apr', 'april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maj'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'giugno', 'junho'],
  ['jul', 'july', 'juli', 'juillet', 'julio', 'luglio', 'julho'],
  ['aug', 'august', 'août', 'aout', 'agosto', 'augustus', 'augusti'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'settembre', 'setembro'],
  ['oct', 'october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  ['dec', 'december', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const MONTH_RE = MONTH_NAMES.flat().sort((a, b) => b.length - a.length).join('|');

function iso(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Machine dates (ISO, RFC 2822-ish) → ISO; keeps the time part of ISO date-times as given. */
export function normalizeDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim().slice(0, 64);
  const m = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (m) {
    const day = iso(+m[1]!, +m[2]!, +m[3]!);
    return day ? day + (m[4] ?? '') : undefined;
  }
  return dateInText(v);
}

// No 'u' flag: every pattern is in the Basic Multilingual Plane, and Unicode mode roughly doubles
// the cost of compiling the month-name alternations, which every page load pays.
const TEXT_PATTERNS: Array<{ re: RegExp; pick: (m: RegExpExecArray) => string | undefined }> = [
  // Thursday, Mar 27, 2025 · March 27, 2025
  { re: new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), pick: (m) => iso(+m[3]!, MONTHS[m[1]!.toLowerCase()] ?? 0, +m[2]!) },
  // 27 March 2025 · 27. März 2025 · 27 de marzo de 2025
  { re: new RegExp(`\\b(\\d{1,2})(?:\\.|er)?\\s+(?:de\\s+)?(${MONTH_RE})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`, 'i'), pick: (m) => iso(+m[3]!, MONTHS[m[2]!.toLowerCase()] ?? 0, +m[1]!) },
  // 2025年3月27日
  { re: /(\d{4})年(\d{1,2})月(\d{1,2})日/, pick: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  // 2025-03-27
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, pick: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  // 27.03.2025 (day first, European)
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, pick: (m) => iso(+m[3]!, +m[2]!, +m[1]!) },
];

/** The first date written in `text` (English and European forms, CJK 年月日). */
export function dateInText(text: string): string | undefined {
  const t = text.slice(0, 5000);
  let best: { at: number; value: string } | undefined;
  for (const { re, pick } of TEXT_PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const value = pick(m);
    if (value && (!best || m.index < best.at)) best = { at: m.index, value };
  }
  return best?.value;
}
