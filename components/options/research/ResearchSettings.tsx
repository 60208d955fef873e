import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { loadSettings, saveSettings } from '@/utils/browser/settings-store';
import { normaliseSiteEntry } from '@/utils/hosts';
import type { Settings } from '@/utils/settings';
import { SiteListEditor } from '../SiteListEditor';

type ResearchSettingsValue = Settings['research'];

const sites = (text: string) => [...new Set(text.split(/\s+/).map(normaliseSiteEntry).filter((s): s is string => !!s))];

/** Research mode on/off, whether to log pages without AI signals, and domains never to log. */
export function ResearchSettings() {
  const [value, setValue] = useState<ResearchSettingsValue | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadSettings().then((s) => setValue(s.research));
  }, []);
  if (!value) return <fieldset class="rl-settings" aria-busy="true" />;

  // Re-read first: the Settings tab may have saved other fields since this page loaded.
  const update = async (next: ResearchSettingsValue) => {
    setValue(next);
    const current = await loadSettings();
    await saveSettings({ ...current, research: next });
    setStatus(t('options_saved'));
  };

  return (
    <fieldset class="rl-settings">
      <legend>{t('research_mode')}</legend>
      <label class="rl-switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="research-enabled"
          checked={value.enabled}
          onChange={(e) => void update({ ...value, enabled: e.currentTarget.checked })}
        />
        {t('research_enable')}
      </label>
      <p class="hint">{t('research_enable_hint')}</p>
      <label>
        <input
          type="checkbox"
          data-testid="research-record-none"
          checked={value.recordNone}
          onChange={(e) => void update({ ...value, recordNone: e.currentTarget.checked })}
        />
        {t('research_record_none')}
      </label>
      <p class="hint">{t('research_record_none_hint')}</p>
      <SiteListEditor
        id="research-excluded"
        label={t('research_excluded_domains')}
        value={value.excludedDomains}
        onSave={(text) => void update({ ...value, excludedDomains: sites(text) })}
      />
      <p role="status" class="hint">{status}</p>
    </fieldset>
  );
}
