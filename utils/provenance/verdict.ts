import type { Signal, SignalCategory, Verdict } from './types';

/**
 * How signals become one verdict:
 * 1. Only signals that speak for the page count: scope `page` (any kind), plus `element` scope when the
 *    category is `ai-summary` (a summary box is exactly what that verdict means). Image-scope signals and
 *    informational ones never decide the verdict.
 * 2. Declarations (disclosure text, meta markers) beat betrayals (chatbot leaks, listed sites).
 *    Among declarations: ai-generated > ai-assisted > automated > ai-summary.
 * 3. Otherwise any leak or listed site gives suspected-ai; with nothing, `none`.
 * Confidence is the strongest supporting signal's weight, nudged up by independent agreeing signals;
 * for `none` it is 0 (no AI claim is made, and absence of a signal never means "human-written").
 */
const DECLARED_ORDER: SignalCategory[] = ['ai-generated', 'ai-assisted', 'automated', 'ai-summary'];

export function decideVerdict(signals: Signal[]): { verdict: Verdict; confidence: number } {
  const counts = signals.filter(
    (s) => !s.informational && s.weight > 0 && (s.scope === 'page' || (s.scope === 'element' && s.category === 'ai-summary')),
  );
  const declared = counts.filter((s) => s.kind === 'disclosure-text' || s.kind === 'meta-marker');
  for (const cat of DECLARED_ORDER) {
    const support = declared.filter((s) => s.category === cat);
    if (support.length) return { verdict: cat, confidence: confidenceOf(support) };
  }
  const suspected = counts.filter((s) => s.kind === 'chatbot-leak' || s.kind === 'listed-site');
  if (suspected.length) return { verdict: 'suspected-ai', confidence: confidenceOf(suspected) };
  return { verdict: 'none', confidence: 0 };
}

function confidenceOf(support: Signal[]): number {
  const max = Math.max(...support.map((s) => s.weight));
  const kinds = new Set(support.map((s) => s.kind)).size;
  const bonus = Math.min(0.1, 0.03 * (support.length - 1) + 0.05 * (kinds - 1));
  return Math.round(Math.min(0.99, max + bonus) * 100) / 100;
}
