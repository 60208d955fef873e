import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '@/utils/messages';
import type { ProvenanceReport, Signal } from '@/utils/provenance/types';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const MESSAGES = JSON.parse(
  readFileSync(fileURLToPath(new NodeURL('../../../public/_locales/en/messages.json', import.meta.url)), 'utf8'),
) as Messages;

/** browser.i18n.getMessage over the real English catalogue, placeholders included (as browsers do). */
export function getMessage(key: string, subs?: string | string[]): string {
  const entry = MESSAGES[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const sub = (text: string) => text.replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (m, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? sub(ph.content) : m;
  });
}

export function installI18n(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
}

export interface Mounted {
  container: HTMLElement;
  unmount: () => void;
}

export function mount(node: ComponentChild): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(node, container);
  });
  return {
    container,
    unmount: () => {
      act(() => render(null, container));
      container.remove();
    },
  };
}

/** Lets promises, timers of `ms` and Preact's re-renders run. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

export async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 3000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const got = probe();
    if (got) return got;
    if (Date.now() > end) throw new Error('waitFor timed out');
    await settle(10);
  }
}

export const $ = <E extends Element = HTMLElement>(root: ParentNode, testId: string) =>
  root.querySelector<E>(`[data-testid="${testId}"]`);
export const $$ = <E extends Element = HTMLElement>(root: ParentNode, testId: string) => [
  ...root.querySelectorAll<E>(`[data-testid="${testId}"]`),
];

export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('no element to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
  await settle();
}

/** Types into an input or textarea the way a reader does (value, then an input event). */
export async function type(el: Element | null, value: string): Promise<void> {
  if (!el) throw new Error('no field to type in');
  await act(async () => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export const disclosure: Signal = {
  kind: 'disclosure-text',
  category: 'ai-generated',
  scope: 'page',
  text: 'AI Disclaimer: An advanced artificial intelligence (AI) system generated the content of this page on its own.',
  lang: 'en',
  rule: 'disclosure.en.generated-by-ai',
  explanation: 'The page says AI generated it.',
  locator: { css: 'body > div.disclaimer' },
  weight: 0.95,
};

export const metaMarker: Signal = {
  kind: 'meta-marker',
  category: 'ai-summary',
  scope: 'element',
  text: 'ai-generated-summary',
  lang: 'und',
  rule: 'marker.data-ai-summary',
  explanation: 'A summary box is marked as AI-made.',
  weight: 0.8,
};

export function provenance(overrides: Partial<ProvenanceReport> = {}): ProvenanceReport {
  return {
    detector: 'provenance-lens-detector/1.0.0',
    isArticle: true,
    meta: {
      url: 'https://beijing-post.example/2025/03/china-ai-export',
      headline: 'China tightens AI chip export rules',
      siteName: 'Beijing Post',
      publishedAt: '2025-03-12',
      lang: 'en',
      contacts: [{ kind: 'email', url: 'mailto:corrections@beijing-post.example', label: 'corrections@beijing-post.example' }],
    },
    verdict: 'ai-generated',
    confidence: 0.95,
    signals: [disclosure, metaMarker],
    ...overrides,
  };
}

export function tabState(overrides: Partial<TabState> = {}): TabState {
  return {
    tabId: 7,
    url: 'https://beijing-post.example/2025/03/china-ai-export',
    title: 'China tightens AI chip export rules – Beijing Post',
    report: provenance(),
    updatedAt: '2026-11-28T09:00:00.000Z',
    ...overrides,
  };
}

/** The background, as the popup sees it (the fake runtime only relays replies given through sendResponse). */
export function fakeBackground(handle: (message: { type: string; tabId?: number; force?: boolean }) => unknown): void {
  fakeBrowser.runtime.onMessage.addListener(((message: { type: string; tabId?: number }, _sender: unknown, sendResponse: (r: unknown) => void) => {
    void Promise.resolve(handle(message)).then(sendResponse);
    return true;
  }) as unknown as Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0]);
}

/** vi.spyOn for fake-browser methods whose declared types do not fit a stubbed reply. */
export function stubBrowser(api: object, method: string): MockInstance<(...args: unknown[]) => Promise<unknown>> {
  return vi.spyOn(api as Record<string, (...args: unknown[]) => Promise<unknown>>, method);
}
