import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/browser/i18n';
import { BADGES } from '@/utils/badge';
import { loadSettings } from '@/utils/browser/settings-store';
import { describeWhatIsSent } from '@/utils/coverage';
import type { CoverageProviderId, Settings } from '@/utils/settings';
import type { Verdict } from '@/utils/provenance/types';
import { VerdictIcon } from '../common/VerdictIcon';
import { switchProvider } from '../common/provider-switch';
import { MEANING_KEYS } from '../popup/VerdictBadge';
import './welcome.css';

const VERDICTS: Verdict[] = ['ai-generated', 'ai-assisted', 'automated', 'ai-summary', 'suspected-ai', 'none'];
/** The sources that work with one click; the Guardian needs the reader's own key, entered in the options. */
const ONE_CLICK: CoverageProviderId[] = ['feeds', 'google-news', 'gdelt'];

/** The page opened once on install: the badges, pinning the icon, turning coverage on, the privacy promise. */
export function WelcomeApp({ firefox = import.meta.env.FIREFOX }: { firefox?: boolean }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Partial<Record<CoverageProviderId, { text: string; error: boolean }>>>({});
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  const toggle = (id: CoverageProviderId, on: boolean) => {
    if (!settings) return;
    void switchProvider(settings, id, on).then((r) => {
      if (r.outcome === 'saved') setSettings(r.settings);
      const text =
        r.outcome === 'saved' ? t(on ? 'welcome_source_on' : 'welcome_source_off') : r.outcome === 'refused' ? t('options_permission_refused') : t('options_save_failed', r.error);
      setStatus((all) => ({ ...all, [id]: { text, error: r.outcome !== 'saved' } }));
    });
  };

  return (
    <main class="pl-welcome">
      <header class="pl-welcome-head">
        <img src="/icon/48.png" width="48" height="48" alt="" />
        <div>
          <h1>{t('welcome_title')}</h1>
          <p class="pl-lede">{t('welcome_lede')}</p>
        </div>
      </header>

      <section aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{t('welcome_pin_heading')}</h2>
        <p data-testid="welcome-pin">{t(firefox ? 'welcome_pin_firefox' : 'welcome_pin_chrome')}</p>
      </section>

      <section aria-labelledby="welcome-badges">
        <h2 id="welcome-badges">{t('welcome_badges_heading')}</h2>
        <ul class="pl-badge-list">
          {VERDICTS.map((v) => (
            <li key={v} data-testid="welcome-badge">
              <span class="pl-badge-chip" style={{ background: BADGES[v].color }} aria-hidden="true">
                {BADGES[v].text}
              </span>
              <span class="pl-badge-name" style={{ color: 'var(--fg)' }}>
                <VerdictIcon verdict={v} /> <strong>{t(BADGES[v].labelKey)}</strong>
              </span>
              <span class="pl-badge-meaning">{t(MEANING_KEYS[v])}</span>
            </li>
          ))}
        </ul>
        <p class="pl-muted">{t('welcome_badges_note')}</p>
      </section>

      <section aria-labelledby="welcome-coverage">
        <h2 id="welcome-coverage">{t('welcome_coverage_heading')}</h2>
        <p>{t('welcome_coverage_intro')}</p>
        {settings ? (
          <ul class="pl-source-list">
            {ONE_CLICK.map((id) => (
              <li key={id}>
                <label>
                  <input
                    type="checkbox"
                    role="switch"
                    data-testid={`welcome-provider-${id}`}
                    checked={settings.coverage.providers.includes(id)}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      // Shown as on only once the browser has granted it and it is saved.
                      e.currentTarget.checked = settings.coverage.providers.includes(id);
                      toggle(id, on);
                    }}
                  />
                  <strong>{t(`provider_${id.replace(/-/g, '_')}`)}</strong>
                </label>
                <p class="pl-hint">{describeWhatIsSent(id)}</p>
                <p role="status" class={status[id]?.error ? 'error' : 'pl-ok'} data-testid={`welcome-provider-${id}-status`}>
                  {status[id]?.text ?? ''}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p aria-busy="true" />
        )}
        <p>
          <a href="/options.html#coverage" data-testid="welcome-guardian">
            {t('welcome_guardian')}
          </a>
        </p>
      </section>

      <section aria-labelledby="welcome-privacy">
        <h2 id="welcome-privacy">{t('welcome_privacy_heading')}</h2>
        <p>{t('welcome_privacy_1')}</p>
        <p>{t('welcome_privacy_2')}</p>
      </section>

      <p>
        <a class="pl-button pl-button-primary" href="/options.html" data-testid="welcome-options" onClick={(e) => openOptions(e)}>
          {t('welcome_options')}
        </a>
      </p>
    </main>
  );
}

/** The options page in this tab's place would lose the welcome; a new tab keeps both. */
function openOptions(e: MouseEvent): void {
  e.preventDefault();
  void browser.runtime.openOptionsPage();
}
