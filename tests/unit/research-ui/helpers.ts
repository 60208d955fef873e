import { act } from 'preact/test-utils';
import { waitFor as waitForBase, settle } from '../components/helpers';

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
