import { EN_REPORT_STRINGS, fill, type ReportStrings } from './strings';
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
 * The report as plain text for e-mail, a contact form or the clipboard. Polite and neutral;
 * includes only what the reader gave (no name or e-mail unless entered).
 */
export function composeReport(r: InaccuracyReport, strings: Partial<ReportStrings> = {}): ComposedReport {
  const s: ReportStrings = { ...EN_REPORT_STRINGS, ...strings };
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
  if (headline) articleLines.push(`${s.article}: ${headline}`);
  articleLines.push(`${s.url}: ${r.article.url}`);
  if (r.article.publishedAt) articleLines.push(`${s.published}: ${r.article.publishedAt}`);
  if (r.quote.trim()) articleLines.push(`${s.passageLink}: ${textFragmentUrl(r.article.url, r.quote)}`);
  parts.push(articleLines.join('\n'));

  if (r.quote.trim()) parts.push(`${s.quote}:\n${block(`“${r.quote.trim()}”`)}`);
  if (r.problem.trim()) parts.push(`${s.problem}:\n${block(r.problem)}`);
  if (r.correction.trim()) parts.push(`${s.correction}:\n${block(r.correction)}`);

  const sources = r.sources.filter((src) => src.url.trim());
  if (sources.length) {
    const lines = sources.map((src, i) => {
      const label = [src.title?.trim(), src.outlet?.trim() && `(${src.outlet.trim()})`].filter(Boolean).join(' ');
      return `  ${i + 1}. ${label ? `${label} — ` : ''}${src.url.trim()}`;
    });
    parts.push(`${s.sources}:\n${lines.join('\n')}`);
  }

  if (r.verdict && r.verdict !== 'none') {
    const lines = [`${s.provenance}:`, `  ${s.verdicts[r.verdict]}`];
    const evidence = (r.evidence ?? []).filter((e) => e.text.trim());
    if (evidence.length) {
      lines.push(`  ${s.provenanceNote}`);
      for (const e of evidence) lines.push(`  - “${clip(e.text.trim().replace(/\s+/g, ' '), 300)}” [${e.rule}]`);
    }
    parts.push(lines.join('\n'));
  }

  parts.push(s.closing);
  const name = r.reporter?.name?.trim();
  const email = r.reporter?.email?.trim();
  const signature = [s.signOff, name, email].filter(Boolean).join('\n');
  parts.push(signature);
  parts.push(`-- \n${s.footer}`);
  return { subject, body: parts.join('\n\n') + '\n' };
}
