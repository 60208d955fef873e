import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { loadDismissed, removeDismissed, watchSettings } from '@/utils/browser/settings-store';

/** The sites where the reader chose "Don't show on this site", each with Restore. */
export function DismissedSites() {
  const [sites, setSites] = useState<string[] | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    void loadDismissed().then(setSites);
    return watchSettings(
      () => null,
      (_s, dismissed) => dismissed && setSites(dismissed),
    );
  }, []);
  const restore = (site: string) => {
    setError('');
    void removeDismissed(site).then(
      () => setNote(t('options_restored', site)),
      (e: unknown) => setError(t('options_save_failed', e instanceof Error ? e.message : String(e))),
    );
  };
  return (
    <div class="dismissed" data-testid="dismissed-sites">
      <h3 id="dismissed-heading">{t('options_dismissed_sites')}</h3>
      {sites && sites.length === 0 && <p class="hint">{t('options_dismissed_none')}</p>}
      {sites && sites.length > 0 && (
        <ul aria-labelledby="dismissed-heading">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="pl-button pl-button-small" aria-label={t('options_restore_n', site)} data-testid="restore-site" onClick={() => restore(site)}>
                {t('options_restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="saved" role="status" data-testid="dismissed-status">
        {note}
      </p>
    </div>
  );
}
