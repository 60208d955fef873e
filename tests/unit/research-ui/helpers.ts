import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const MESSAGES = JSON.parse(
  readFileSync(fileURLToPath(new NodeURL('../../../public/_locales/en/messages.json', import.meta.url)), 'utf8'),
) as Messages;

/** browser.i18n.getMessage over the real English catalogue, named placeholders resolved as browsers do. */
function getMessage(key: string, subs?: string | string[]): string {
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
  unmount(): void;
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

/** Lets promises, timers and Preact's re-renders run. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

export async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const got = probe();
    if (got) return got;
    if (Date.now() > end) throw new Error('waitFor timed out');
    await settle(10);
  }
}

export const $ = <E extends Element = HTMLElement>(root: ParentNode, testId: string) => root.querySelector<E>(`[data-testid="${testId}"]`);

export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('no element to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
  await settle();
}

/** Sets an input's or select's value and fires the event Preact listens to. */
export async function change(el: Element | null, value: string, event: 'input' | 'change' = 'input'): Promise<void> {
  if (!el) throw new Error('no element to change');
  await act(async () => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await settle();
}
