import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { SettingsPanel } from './SettingsPanel';
import { ReportsPanel } from './ReportsPanel';
import { ResearchPanel } from './research/ResearchPanel';
import '../popup.css';
import './options.css';

const TABS = [
  { id: 'settings', label: 'options_tab_settings', Panel: SettingsPanel },
  { id: 'reports', label: 'options_tab_reports', Panel: ReportsPanel },
  { id: 'research', label: 'options_tab_research', Panel: ResearchPanel },
] as const;

type TabId = (typeof TABS)[number]['id'];

/** Sections of the settings tab that links may point at (the popup's "Open settings" goes to #coverage). */
const SETTINGS_SECTIONS = ['coverage', 'in-page', 'listed-sites'];

/** The tab a hash names: a tab itself (#reports), or the tab holding a section (#coverage). */
export function tabForHash(hash: string): TabId {
  const id = hash.replace(/^#/, '');
  if (TABS.some((tab) => tab.id === id)) return id as TabId;
  return 'settings';
}

/** Brings the section a hash names into view once it is drawn, and moves focus to it. */
function revealSection(hash: string): void {
  const id = hash.replace(/^#/, '');
  if (!SETTINGS_SECTIONS.includes(id)) return;
  let tries = 0;
  const look = () => {
    const el = document.getElementById(id);
    if (!el) {
      // The settings load asynchronously; animation frames do not run in a background tab, timers do.
      if (++tries < 100) setTimeout(look, 50);
      return;
    }
    el.scrollIntoView({ block: 'start' });
    el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  };
  look();
}

/** The options page: three tabs, reachable by URL hash (#reports, #research, or a section: #coverage) and keyboard. */
export function OptionsApp() {
  const [current, setCurrent] = useState<TabId>(() => tabForHash(location.hash));
  useEffect(() => {
    revealSection(location.hash);
    const onHash = () => {
      setCurrent(tabForHash(location.hash));
      revealSection(location.hash);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const select = (id: TabId) => {
    setCurrent(id);
    history.replaceState(null, '', `#${id}`);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((tab) => tab.id === current);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    select(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  const active = TABS.find((tab) => tab.id === current)!;
  return (
    <main class="options">
      <header class="options-head">
        <img src="/icon/32.png" width="28" height="28" alt="" />
        <h1>{t('options_title')}</h1>
      </header>
      <div role="tablist" class="tabs" aria-label={t('options_title')} onKeyDown={onKey}>
        {TABS.map((tab) => (
          <button
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === current}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === current ? 0 : -1}
            onClick={() => select(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" class="panel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`}>
        <active.Panel />
      </div>
    </main>
  );
}
