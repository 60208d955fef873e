import { act } from 'preact/test-utils';
import { waitFor as waitForBase, settle } from '../components/helpers';
import { recordForResearch } from '@/entrypoints/background/research';
import { loadSettings } from '@/utils/browser/settings-store';
import type { ProvenanceReport } from '@/utils/provenance/types';

// The component suites' helpers (real English catalogue for i18n, mount, settle, click, $) serve here too.
export { installI18n, mount, settle, click, $, type Mounted } from '../components/helpers';

/** The research table loads 10,000-record logs: give it longer than the component default. */
export const waitFor = <T,>(probe: () => T | null | undefined | false, timeoutMs = 5000): Promise<T> => waitForBase(probe, timeoutMs);

/** Sets an input's or select's value and fires the event Preact listens to. */
export async function change(el: Element | null, value: string, event: 'input' | 'change' = 'input'): Promise<void> {
  if (!el) throw new Error('no element to change');
  await act(async () => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await settle();
}

/** What the background does on a page report: read the stored settings, then log the page for research. */
export async function recordWithStoredSettings(report: ProvenanceReport, url: string, incognito: boolean, sameVisit = false): Promise<void> {
  await recordForResearch(report, url, incognito, sameVisit, await loadSettings());
}
