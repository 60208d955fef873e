import { letterDate } from './letters/date';
import { letterLanguageFor, letterStrings, type LetterLanguage } from './letters';
import { fill, type ReportStrings } from './strings';
import { textFragmentUrl } from './text-fragment';
import type { ComposedReport, InaccuracyReport } from './types';
import { displayHost } from '../hosts';

const MAX_SUBJECT_CHARS = 140;

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('').trimEnd() + '…';
}

/** Multi-line user text, indented under its heading so it reads as one block in any mail client. */
function block(text: string, prefix = '  '): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => prefix + line.trimEnd())
    .join('\n');
}

/**
 * The language the letter is written in: the reader's choice, else the article's language when
 * there is a template for it, else English.
 */
export function letterLanguageOf(r: Pick<InaccuracyReport, 'letterLang' | 'article'>): LetterLanguage {
  return r.letterLang ?? letterLanguageFor(r.article.lang) ?? 'en';
}

/**
 * The report as plain text for e-mail, a contact form or the clipboard, in the letter's language
 * (see letterLanguageOf). Polite and neutral; includes only what the reader gave (no name or
 * e-mail unless entered). `strings` overrides single sentences.
 */
export function composeReport(r: InaccuracyReport, strings: Partial<ReportStrings> = {}): ComposedReport {
  const s: ReportStrings = { ...letterStrings(letterLanguageOf(r)), ...strings };
  // Full-width colons (Japanese, Chinese) carry their own spacing.
  const label = (name: string) => `${name}${s.colon}${/[：]$/.test(s.colon) ? '' : ' '}`;
  const quoted = (text: string) => `${s.open}${text}${s.close}`;
  const site = r.article.siteName?.trim() || displayHost(r.article.url);
  const headline = r.article.headline?.trim();
  const subject = clip(
    headline ? fill(s.subject, { headline, site }) : fill(s.subjectNoHeadline, { site }),
    MAX_SUBJECT_CHARS,
  ).replace(/[\r\n]+/g, ' ');

  const parts: string[] = [];
  parts.push(r.article.siteName?.trim() ? fill(s.greetingSite, { site }) : s.greeting);
  parts.push(s.intro);

  const articleLines: string[] = [];
  if (headline) articleLines.push(label(s.article) + headline);
  articleLines.push(label(s.url) + r.article.url);
  if (r.article.publishedAt) articleLines.push(label(s.published) + letterDate(r.article.publishedAt, s.locale));
  if (r.quote.trim()) articleLines.push(label(s.passageLink) + textFragmentUrl(r.article.url, r.quote));
  parts.push(articleLines.join('\n'));

  if (r.quote.trim()) parts.push(`${label(s.quote).trimEnd()}\n${block(quoted(r.quote.trim()))}`);
  if (r.problem.trim()) parts.push(`${label(s.problem).trimEnd()}\n${block(r.problem)}`);
  if (r.correction.trim()) parts.push(`${label(s.correction).trimEnd()}\n${block(r.correction)}`);

  const sources = r.sources.filter((src) => src.url.trim());
  if (sources.length) {
    const lines = sources.map((src, i) => {
      const name = [src.title?.trim(), src.outlet?.trim() && `(${src.outlet.trim()})`].filter(Boolean).join(' ');
      return `  ${i + 1}. ${name ? `${name} — ` : ''}${src.url.trim()}`;
    });
    parts.push(`${label(s.sources).trimEnd()}\n${lines.join('\n')}`);
  }

  if (r.verdict && r.verdict !== 'none') {
    const lines = [label(s.provenance).trimEnd(), `  ${s.verdicts[r.verdict]}`];
    const evidence = (r.evidence ?? []).filter((e) => e.text.trim());
    if (evidence.length) {
      lines.push(`  ${s.provenanceNote}`);
      // Evidence is named by what it is, in words: rule ids mean nothing to a newsroom.
      for (const e of evidence) {
        const kind = s.evidence[e.kind] ?? s.evidence['disclosure-text'];
        lines.push(`  - ${label(kind.charAt(0).toLocaleUpperCase(s.locale) + kind.slice(1))}${quoted(clip(e.text.trim().replace(/\s+/g, ' '), 300))}`);
      }
    }
    parts.push(lines.join('\n'));
  }

  parts.push(s.closing);
  const name = r.reporter?.name?.trim();
  const email = r.reporter?.email?.trim();
  parts.push([s.signOff, name, email].filter(Boolean).join('\n'));
  parts.push(`-- \n${s.footer}`);
  return { subject, body: parts.join('\n\n') + '\n' };
}
