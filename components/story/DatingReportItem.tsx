import { useMemo } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import type { RankedResult } from '@/utils/coverage/types';
import type { ProvenanceReport } from '@/utils/provenance/types';
import type { InaccuracyReport } from '@/utils/reports';
import { datingReportItem, withDatingItem } from '@/utils/story/report-item';
import { storyRecord } from '@/utils/story/story';
import { formatDate } from '../common/format';

export interface DatingReportItemProps {
  provenance: ProvenanceReport | undefined;
  related: readonly RankedResult[];
  draft: InaccuracyReport;
  onChange: (patch: Partial<InaccuracyReport>) => void;
  /** What "the future" means (tests pin it). */
  now?: number;
}

/**
 * The report form's ready-made dating item, offered only when the page is dated well after its
 * story broke: one click fills in what is wrong and what is right and adds the first report as a source.
 */
export function DatingReportItem({ provenance, related, draft, onChange, now }: DatingReportItemProps) {
  const item = useMemo(() => {
    if (!provenance || related.length === 0) return null;
    const story = storyRecord({ meta: provenance.meta, text: provenance.text, results: related, now: now ?? Date.now() });
    return datingReportItem(story, t, (day) => formatDate(day));
  }, [provenance, related, now]);
  if (!item) return null;
  return (
    <div class="pl-field" data-testid="dating-item">
      <button type="button" class="pl-button pl-button-small" data-testid="use-dating-item" aria-describedby="pl-dating-hint" onClick={() => onChange(withDatingItem(draft, item))}>
        {t('story_report_use')}
      </button>
      <p id="pl-dating-hint" class="pl-hint">
        {t('story_report_hint')}
      </p>
    </div>
  );
}
