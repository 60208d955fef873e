import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadSettings, saveSettings, watchSettings } from '@/utils/browser/settings-store';
import { siteListMatches } from '@/utils/hosts';
import { readSettings } from '@/utils/settings';
import { siteEntryFor, withSiteSwitched } from '@/utils/site-switch';

export interface SiteSwitch {
  /** The site's host as shown to the reader; null when the page is not a web page (no switch then). */
  site: string | null;
  on: boolean;
  /** Why the last change did not save, next to the switch. */
  error: string;
  set(on: boolean): void;
}

/** The tab's address: from its state when there is one, else from the browser (activeTab or a host permission). */
export async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

/** The header's on/off switch for the tab's site, kept in step with the options page. */
export function useSiteSwitch(url: string | null): SiteSwitch {
  const [disabled, setDisabled] = useState<string[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void loadSettings().then((s) => setDisabled(s.disabledSites));
    return watchSettings(readSettings, (s) => s && setDisabled(s.disabledSites));
  }, []);
  const site = siteEntryFor(url);
  return {
    site: disabled && url ? site : null,
    on: !!url && !!disabled && !siteListMatches(url, disabled),
    error,
    set(on) {
      if (!url) return;
      setError('');
      void loadSettings()
        .then((s) => saveSettings({ ...s, disabledSites: withSiteSwitched(s.disabledSites, url, on) }))
        .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    },
  };
}
