import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/browser/i18n';
import { normaliseSiteEntry } from '@/utils/hosts';
import { readSettings, SETTINGS_KEY, type Settings } from '@/utils/settings';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sitesText, setSitesText] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void browser.storage.sync.get(SETTINGS_KEY).then((got) => {
      const s = readSettings(got[SETTINGS_KEY]);
      setSettings(s);
      setSitesText(s.disabledSites.join('\n'));
    });
  }, []);

  if (!settings) return <main aria-busy="true" />;

  const save = async () => {
    const disabledSites = [
      ...new Set(sitesText.split(/\s+/).map(normaliseSiteEntry).filter((s): s is string => !!s)),
    ];
    const next = { ...settings, disabledSites };
    await browser.storage.sync.set({ [SETTINGS_KEY]: next });
    setSettings(next);
    setSitesText(disabledSites.join('\n'));
    setStatus(t('options_saved'));
  };

  return (
    <main>
      <h1>{t('options_title')}</h1>
      <label>
        {t('options_disabled_sites')}
        <textarea
          data-testid="disabled-sites"
          rows={6}
          value={sitesText}
          onInput={(e) => setSitesText((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <button type="button" onClick={() => void save()} data-testid="save">
        {t('options_save')}
      </button>
      <p role="status">{status}</p>
    </main>
  );
}
