import { t } from '@/utils/browser/i18n';
import { passageDiff, type DiffPart, type PassageWatch } from '@/utils/reports';
import { formatDate } from '../common/format';

/** One side of the diff: the words only this side has are marked (as text, never markup). */
function Side({ parts, kind }: { parts: DiffPart[]; kind: 'removed' | 'added' }) {
  return (
    <>
      {parts
        .filter((p) => p.kind === 'same' || p.kind === kind)
        .map((p, i) => (p.kind === 'same' ? p.text : kind === 'removed' ? <del key={i}>{p.text}</del> : <ins key={i}>{p.text}</ins>))}
    </>
  );
}

/** What the correction watch last saw of the reported passage; old and new text as plain text. */
export function WatchNote({ watch, quote }: { watch: PassageWatch | undefined; quote: string }) {
  if (!watch || watch.quote !== quote.trim()) return null;
  const checked = formatDate(watch.checkedAt, true);
  if (watch.state === 'unchanged') {
    return (
      <p class="pl-hint" data-testid="watch-state" data-state="unchanged">
        {t('myreports_watch_unchanged', checked)}
      </p>
    );
  }
  if (watch.state === 'unreachable') {
    return (
      <p class="pl-hint" data-testid="watch-state" data-state="unreachable">
        {t('myreports_watch_unreachable', [checked, watch.error ?? ''])}
      </p>
    );
  }
  const seen = formatDate(watch.changedAt ?? watch.checkedAt, true);
  const parts = watch.state === 'changed' && watch.newText !== undefined ? passageDiff(watch.quote, watch.newText) : null;
  return (
    <div class="pl-watch" data-testid="watch-state" data-state={watch.state}>
      <p class="pl-watch-title">
        <strong>{watch.state === 'changed' ? t('myreports_watch_changed') : t('myreports_watch_removed')}</strong>{' '}
        <span class="pl-hint">{t('myreports_watch_seen', seen)}</span>
      </p>
      <p class="pl-watch-label">{t('myreports_watch_before')}</p>
      <blockquote class="pl-quote pl-watch-old" data-testid="watch-old">
        {parts ? <Side parts={parts} kind="removed" /> : watch.quote}
      </blockquote>
      {watch.state === 'changed' && watch.newText !== undefined && (
        <>
          <p class="pl-watch-label">{t('myreports_watch_now')}</p>
          <blockquote class="pl-quote pl-watch-new" data-testid="watch-new">
            {parts ? <Side parts={parts} kind="added" /> : watch.newText}
          </blockquote>
        </>
      )}
      {watch.error && <p class="pl-hint">{t('myreports_watch_unreachable_again', watch.error)}</p>}
    </div>
  );
}
