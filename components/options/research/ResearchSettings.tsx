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
  const [error, setError] = useState<{ control: string; message: string } | null>(null);

  useEffect(() => {
    void loadSettings().then((s) => setValue(s.research));
  }, []);
  if (!value) return <fieldset class="rl-settings" aria-busy="true" />;

  // Re-read first: the Settings tab may have saved other fields since this page loaded.
  const update = async (next: ResearchSettingsValue, control: string) => {
    const before = value;
    setValue(next);
    try {
      const current = await loadSettings();
      await saveSettings({ ...current, research: next });
    } catch (e) {
      // Not saved: show the stored value again, and why, next to the control.
      setValue(before);
      setError({ control, message: t('options_save_failed', e instanceof Error ? e.message : String(e)) });
      setStatus('');
      return;
    }
    setError(null);
    setStatus(t('options_saved'));
  };
  const errorFor = (control: string) =>
    error?.control === control ? (
      <p class="error" role="alert" data-testid={`${control}-error`}>
        {error.message}
      </p>
    ) : null;

  return (
    <fieldset class="rl-settings">
      <legend>{t('research_mode')}</legend>
      <label class="rl-switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="research-enabled"
          checked={value.enabled}
          onChange={(e) => void update({ ...value, enabled: e.currentTarget.checked }, 'research-enabled')}
        />
        {t('research_enable')}
      </label>
      {errorFor('research-enabled')}
      <p class="hint">{t('research_enable_hint')}</p>
      <label>
        <input
          type="checkbox"
          data-testid="research-record-none"
          checked={value.recordNone}
          onChange={(e) => void update({ ...value, recordNone: e.currentTarget.checked }, 'research-record-none')}
        />
        {t('research_record_none')}
      </label>
      {errorFor('research-record-none')}
      <p class="hint">{t('research_record_none_hint')}</p>
      <SiteListEditor
        id="research-excluded"
        label={t('research_excluded_domains')}
        value={value.excludedDomains}
        error={error?.control === 'research-excluded' ? error.message : undefined}
        onSave={(text) => void update({ ...value, excludedDomains: sites(text) }, 'research-excluded')}
      />
      <p role="status" class="hint">{status}</p>
    </fieldset>
  );
}
