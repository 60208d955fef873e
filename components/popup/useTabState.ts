import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/utils/browser/send';
import type { TabState } from '@/utils/messages';

/** How often to ask again while related coverage is loading (storage events may be missed). */
export const LOADING_POLL_MS = 1500;

/** The tab this popup speaks about: the one given, else the active tab of the current window. */
export async function resolveTabId(given: number | null): Promise<number | null> {
  if (given !== null) return given;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return typeof tab?.id === 'number' ? tab.id : null;
  } catch {
    return null;
  }
}

async function fetchState(tabId: number): Promise<TabState | null> {
  try {
    return (await sendToBackground({ type: 'get-tab-state', tabId })) ?? null;
  } catch {
    return null;
  }
}

/**
 * The tab's state, kept live: undefined while loading, null when there is none. Follows
 * storage.session (where the background keeps it) and polls while coverage is loading.
 */
export function useTabState(tabId: number | null | undefined): {
  state: TabState | null | undefined;
  refresh: () => Promise<void>;
} {
  const [state, setState] = useState<TabState | null | undefined>(undefined);

  const refresh = useCallback(async () => {
    if (typeof tabId !== 'number') return;
    setState(await fetchState(tabId));
  }, [tabId]);

  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setState(null);
      return;
    }
    let alive = true;
    void fetchState(tabId).then((s) => alive && setState(s));
    const key = `tab:${tabId}`;
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      const change = changes[key];
      if (!change || !alive) return;
      setState((change.newValue as TabState | null | undefined) ?? null);
    };
    let subscribed = false;
    try {
      browser.storage.session.onChanged.addListener(onChanged);
      subscribed = true;
    } catch {
      /* storage.session missing (old browser): polling still covers loading */
    }
    return () => {
      alive = false;
      if (subscribed) browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, [tabId]);

  const loading = state?.coverage?.status === 'loading';
  useEffect(() => {
    if (!loading || typeof tabId !== 'number') return;
    const timer = setInterval(() => {
      void fetchState(tabId).then((s) => s && setState(s));
    }, LOADING_POLL_MS);
    return () => clearInterval(timer);
  }, [loading, tabId]);

  return { state, refresh };
}
