import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/utils/browser/send';
import { t } from '@/utils/browser/i18n';
import type { TabState } from '@/utils/messages';

/** The tab this popup speaks about: `?tab=N` when opened as a page, else the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function PopupApp() {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    void targetTabId()
      .then((id) => (id === null ? null : sendToBackground({ type: 'get-tab-state', tabId: id })))
      .then((s) => setState(s ?? null))
      .catch(() => setState(null));
  }, []);
  if (state === undefined) return <main aria-busy="true" />;
  if (state === null) return <main><p>{t('popup_no_state')}</p></main>;
  return (
    <main>
      <h1 data-testid="page-title">{state.title}</h1>
      <p data-testid="is-article">{state.report.isArticle ? t('popup_article_yes') : t('popup_article_no')}</p>
    </main>
  );
}
