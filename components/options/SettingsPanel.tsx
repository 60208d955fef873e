import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { normaliseSiteEntry } from '@/utils/hosts';
import { loadSettings, saveSettings } from '@/utils/browser/settings-store';
import { describeWhatIsSent } from '@/utils/coverage';
import { switchProvider } from '../common/provider-switch';
import { DEFAULT_LISTED_SITES } from '@/utils/provenance/sites';
import { LISTED_SITE_INFO } from '@/utils/provenance/listed-site-info';
import type { CoverageMode, CoverageProviderId, Settings } from '@/utils/settings';
import { DismissedSites } from './DismissedSites';
import { SiteListEditor } from './SiteListEditor';

const PROVIDERS: CoverageProviderId[] = ['feeds', 'google-news', 'gdelt', 'guardian'];
const MODES: CoverageMode[] = ['flagged-only', 'always', 'on-click'];

/** The site names in what the reader typed, and the entries that are not site names. */
export function parseSites(text: string): { sites: string[]; rejected: string[] } {
  const entries = text.split(/[\s,]+/).filter(Boolean);
  const rejected = entries.filter((e) => !normaliseSiteEntry(e));
  return { sites: [...new Set(entries.map(normaliseSiteEntry).filter((s): s is string => !!s))], rejected: [...new Set(rejected)].slice(0, 20) };
}

export function SettingsPanel() {
  const [settings, setSettings] = useState<Settings | null>(null);
  // What each control last did, shown beside it: a save, or why it did not save.
  const [saved, setSaved] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const said = (control: string, text: string) => {
    setSaved((all) => ({ ...Object.fromEntries(Object.entries(all).filter(([k]) => k !== control)), ...(text ? { [control]: text } : {}) }));
  };

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return <section aria-busy="true" />;

  /** Saves and says so; a failed save is shown next to the control that caused it, and nothing changes. */
  const update = async (next: Settings, control: string, savedText = t('options_saved')): Promise<boolean> => {
    try {
      await saveSettings(next);
    } catch (e) {
      setErrors((all) => ({ ...all, [control]: t('options_save_failed', e instanceof Error ? e.message : String(e)) }));
      said(control, '');
      return false;
    }
    setErrors(({ [control]: _done, ...rest }) => rest);
    setSettings(next);
    said(control, savedText);
    return true;
  };
  /** A site list's save: the entries that are sites are kept; the others are named, not silently dropped. */
  const saveList = (control: string, text: string, apply: (list: string[]) => Settings) => {
    const { sites: list, rejected } = parseSites(text);
    void update(apply(list), control, t('options_saved_n', String(list.length))).then((ok) => {
      if (ok && rejected.length) setErrors((all) => ({ ...all, [control]: t('options_rejected_entries', rejected.join(', ')) }));
    });
  };
  const errorFor = (control: string) => (
    <>
      {errors[control] && (
        <p class="error" role="alert" data-testid={`${control}-error`}>
          {errors[control]}
        </p>
      )}
      <p class="saved" role="status" data-testid={`${control}-status`}>
        {saved[control] ?? ''}
      </p>
    </>
  );

  // permissions.request must run inside the click's user gesture: switchProvider awaits nothing before it.
  const toggleProvider = (id: CoverageProviderId, on: boolean) => {
    const control = `provider-${id}`;
    void switchProvider(settings, id, on).then((r) => {
      if (r.outcome === 'saved') {
        setErrors(({ [control]: _done, ...rest }) => rest);
        setSettings(r.settings);
        said(control, t('options_saved'));
      } else {
        said(control, '');
        setErrors((all) => ({ ...all, [control]: r.outcome === 'refused' ? t('options_permission_refused') : t('options_save_failed', r.error) }));
      }
    });
  };

  return (
    <section class="settings">
      <fieldset id="in-page">
        <legend>{t('options_in_page')}</legend>
        <label>
          <input type="checkbox" checked={settings.showNotice} onChange={(e) => void update({ ...settings, showNotice: e.currentTarget.checked }, 'show-notice')} />
          {t('options_show_notice')}
        </label>
        {errorFor('show-notice')}
        <label>
          <input type="checkbox" checked={settings.highlight} onChange={(e) => void update({ ...settings, highlight: e.currentTarget.checked }, 'highlight')} />
          {t('options_highlight')}
        </label>
        {errorFor('highlight')}
        <DismissedSites />
      </fieldset>

      <SiteListEditor
        id="disabled-sites"
        label={t('options_disabled_sites')}
        value={settings.disabledSites}
        error={errors['disabled-sites']}
        status={saved['disabled-sites']}
        onSave={(text) => saveList('disabled-sites', text, (list) => ({ ...settings, disabledSites: list }))}
      />

      <fieldset id="coverage">
        <legend>{t('options_coverage')}</legend>
        <p>{t('options_coverage_when')}</p>
        {MODES.map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="coverage-mode"
              value={mode}
              checked={settings.coverageMode === mode}
              onChange={() => void update({ ...settings, coverageMode: mode }, 'coverage-mode')}
            />
            {t(`options_mode_${mode.replace(/-/g, '_')}`)}
          </label>
        ))}
        {errorFor('coverage-mode')}
        <p>{t('options_providers_intro')}</p>
        {PROVIDERS.map((id) => (
          <div class="provider" key={id}>
            <label>
              <input
                type="checkbox"
                data-testid={`provider-${id}`}
                checked={settings.coverage.providers.includes(id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  // Shown as on only once the browser has granted it and it is saved.
                  e.currentTarget.checked = settings.coverage.providers.includes(id);
                  toggleProvider(id, on);
                }}
              />
              {t(`provider_${id.replace(/-/g, '_')}`)}
            </label>
            {errorFor(`provider-${id}`)}
            <p class="hint">{describeWhatIsSent(id)}</p>
          </div>
        ))}
        <label>
          {t('options_guardian_key')}
          <input
            type="password"
            autocomplete="off"
            value={settings.coverage.guardianKey}
            data-testid="guardian-key"
            onChange={(e) => void update({ ...settings, coverage: { ...settings.coverage, guardianKey: e.currentTarget.value.trim() } }, 'guardian-key')}
          />
        </label>
        {errorFor('guardian-key')}
        <SiteListEditor
          id="removed-outlets"
          label={t('options_removed_outlets')}
          value={settings.coverage.removedOutlets}
          error={errors['removed-outlets']}
          status={saved['removed-outlets']}
          onSave={(text) => saveList('removed-outlets', text, (list) => ({ ...settings, coverage: { ...settings.coverage, removedOutlets: list } }))}
        />
        <SiteListEditor
          id="added-outlets"
          label={t('options_added_outlets')}
          value={settings.coverage.addedOutlets.map((o) => o.host)}
          error={errors['added-outlets']}
          status={saved['added-outlets']}
          onSave={(text) =>
            saveList('added-outlets', text, (list) => ({ ...settings, coverage: { ...settings.coverage, addedOutlets: list.map((host) => ({ host, name: host, country: '' })) } }))
          }
        />
      </fieldset>

      <fieldset id="listed-sites">
        <legend>{t('options_listed_sites')}</legend>
        <details>
          <summary>{t('options_listed_sites_shipped', String(DEFAULT_LISTED_SITES.length))}</summary>
          <ul>
            {DEFAULT_LISTED_SITES.map((s) => (
              <li key={s.host}>
                {s.host} — {LISTED_SITE_INFO[s.host]?.name} (<a href={LISTED_SITE_INFO[s.host]?.source} target="_blank" rel="noopener noreferrer">{t('options_source')}</a>)
              </li>
            ))}
          </ul>
        </details>
        <SiteListEditor
          id="extra-listed"
          label={t('options_listed_extra')}
          value={settings.extraListedSites}
          error={errors['extra-listed']}
          status={saved['extra-listed']}
          onSave={(text) => saveList('extra-listed', text, (list) => ({ ...settings, extraListedSites: list }))}
        />
        <SiteListEditor
          id="removed-listed"
          label={t('options_listed_removed')}
          value={settings.removedListedSites}
          error={errors['removed-listed']}
          status={saved['removed-listed']}
          onSave={(text) => saveList('removed-listed', text, (list) => ({ ...settings, removedListedSites: list }))}
        />
      </fieldset>
    </section>
  );
}
