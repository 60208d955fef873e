/**
 * Test builds only (import.meta.env.PL_E2E; release builds drop this): our shadow roots are
 * closed, so the end-to-end tests ask the content script, through the extension's own
 * messaging, which a page cannot reach, what the notice and highlights show and where the
 * notice's buttons are, then click them with real (trusted) mouse events.
 */
export const testRoots = new Map<string, ShadowRoot>();

const box = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, width: r.width, height: r.height };
};

export function testUi() {
  const live = (tag: string) => {
    const root = testRoots.get(tag);
    return root?.host.isConnected ? root : null;
  };
  const notice = live('provenance-lens-notice');
  const marks = live('provenance-lens-marks');
  const card = notice?.querySelector('[role="region"]');
  return {
    notice: card?.textContent ?? '',
    card: card ? box(card) : null,
    buttons: [...(notice?.querySelectorAll('button') ?? [])].map((b) => ({ text: b.textContent ?? '', label: b.getAttribute('aria-label') ?? '', ...box(b) })),
    marks: marks?.querySelectorAll('.mark').length ?? 0,
    flashing: marks?.querySelectorAll('.mark.flash').length ?? 0,
    label: marks?.querySelector('[role="note"]')?.getAttribute('aria-label') ?? '',
  };
}

export type TestUi = ReturnType<typeof testUi>;
