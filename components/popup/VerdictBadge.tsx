import type { ComponentChildren } from 'preact';
import { BADGES, badgeKey } from '@/utils/badge';
import { t } from '@/utils/browser/i18n';
import type { ProvenanceReport } from '@/utils/provenance/types';
import { VerdictIcon } from '../common/VerdictIcon';

/** i18n key of the one-line "what this means, and what it does not" under the badge. */
export const MEANING_KEYS = {
  'ai-generated': 'popup_meaning_ai_generated',
  'ai-assisted': 'popup_meaning_ai_assisted',
  automated: 'popup_meaning_automated',
  'ai-summary': 'popup_meaning_ai_summary',
  'suspected-ai': 'popup_meaning_suspected_ai',
  none: 'popup_meaning_none',
  'not-article': 'popup_meaning_not_article',
} as const;

/**
 * A label-style card: the verdict in words, a shape and a colour, then `children` (the
 * publisher's own words), then the line that says what the verdict means and what it does not.
 */
export function VerdictBadge({ report, children }: { report: ProvenanceReport; children?: ComponentChildren }) {
  const key = badgeKey(report);
  const look = BADGES[key];
  return (
    <section class="pl-verdict pl-card" aria-labelledby="pl-verdict-label" data-verdict={key} style={{ '--pl-accent': look.color } as Record<string, string>}>
      <h2 class="pl-visually-hidden">{t('popup_verdict_heading')}</h2>
      {key === 'not-article' ? (
        <p id="pl-verdict-label" class="pl-verdict-plain" data-testid="verdict-label">
          <VerdictIcon verdict={key} /> {t(look.labelKey)}
        </p>
      ) : (
        <p id="pl-verdict-label" class="pl-pill" style={{ background: look.color, '--pl-icon-cut': look.color } as Record<string, string>} data-testid="verdict-label">
          <VerdictIcon verdict={key} />
          <span>{t(look.labelKey)}</span>
        </p>
      )}
      {children}
      <p class="pl-meaning" data-testid="verdict-meaning">
        {t(MEANING_KEYS[key])}
      </p>
    </section>
  );
}
