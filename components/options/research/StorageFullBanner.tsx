import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/browser/i18n';
import { formatDate } from '../../common/format';
import { RESEARCH_ERROR_KEY, readResearchError, type ResearchError } from '@/utils/research/keys';

/** The background could not log a visit because storage is full: say so until the user dismisses it. */
export function StorageFullBanner() {
  const [error, setError] = useState<ResearchError | null>(null);
  useEffect(() => {
    void browser.storage.local.get(RESEARCH_ERROR_KEY).then((got) => setError(readResearchError(got[RESEARCH_ERROR_KEY])));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && RESEARCH_ERROR_KEY in changes) setError(readResearchError(changes[RESEARCH_ERROR_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  if (!error) return null;
  return (
    <div class="rl-alert" role="alert" data-testid="research-storage-full">
      <strong>{t('research_storage_full_title')}</strong>
      <p>{t('research_storage_full_body', [String(error.missed), formatDate(error.at, true)])}</p>
      <button
        type="button"
        onClick={() => {
          setError(null);
          void browser.storage.local.remove(RESEARCH_ERROR_KEY);
        }}
      >
        {t('research_dismiss')}
      </button>
    </div>
  );
}
