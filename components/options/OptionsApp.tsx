import { useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { SettingsPanel } from './SettingsPanel';
import { ReportsPanel } from './ReportsPanel';
import { ResearchPanel } from './research/ResearchPanel';

const TABS = [
  { id: 'settings', label: 'options_tab_settings', Panel: SettingsPanel },
  { id: 'reports', label: 'options_tab_reports', Panel: ReportsPanel },
  { id: 'research', label: 'options_tab_research', Panel: ResearchPanel },
] as const;

type TabId = (typeof TABS)[number]['id'];

function initialTab(): TabId {
  const hash = location.hash.slice(1);
  return TABS.some((tab) => tab.id === hash) ? (hash as TabId) : 'settings';
}

/** The options page: three tabs, reachable by URL hash (#reports, #research) and keyboard. */
export function OptionsApp() {
  const [current, setCurrent] = useState<TabId>(initialTab);
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
      <h1>{t('options_title')}</h1>
      <div role="tablist" aria-label={t('options_title')} onKeyDown={onKey}>
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
      <div role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`}>
        <active.Panel />
      </div>
    </main>
  );
}
