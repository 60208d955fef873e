import type { ProvenanceReport, Verdict } from '../../utils/provenance/types';
import type { CollectedRow } from './collected';

/** The verdicts that count as right for each label of the collected and dev sets. */
export const LABEL_TO_VERDICT: Record<string, Verdict[]> = {
  ai_generated: ['ai-generated'],
  ai_assisted: ['ai-assisted'],
  automated: ['automated'],
  ai_summary: ['ai-summary'],
  chatbot_artifact: ['suspected-ai', 'ai-generated'],
  negative: ['none'],
};

/**
 * A caption's disclosure speaks for its image, and image-scope signals never decide a page's verdict
 * (verdict.ts): for positives placed in a caption, the category of the strongest signal is scored.
 */
export function predictedFor(d: Pick<CollectedRow, 'placement' | 'label'>, r: ProvenanceReport): Verdict {
  if (d.placement !== 'caption' || d.label === 'negative') return r.verdict;
  const s = r.signals.filter((x) => !x.informational).sort((a, b) => b.weight - a.weight)[0];
  if (!s) return 'none';
  return s.kind === 'chatbot-leak' || s.kind === 'listed-site' ? 'suspected-ai' : s.category;
}
