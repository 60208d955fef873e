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
    /** The notice as drawn (markup and its style sheet), for the accessibility checker, which cannot enter a closed root. */
    // Reading our own UI's markup (test builds only), never writing any.
    // eslint-disable-next-line no-restricted-properties
    noticeMarkup: notice ? [...notice.children].map((c) => c.outerHTML).join('') : '',
    card: card ? box(card) : null,
    buttons: [...(notice?.querySelectorAll('button') ?? [])].map((b) => ({ text: b.textContent ?? '', label: b.getAttribute('aria-label') ?? '', ...box(b) })),
    marks: marks?.querySelectorAll('.mark').length ?? 0,
    flashing: marks?.querySelectorAll('.mark.flash').length ?? 0,
    label: marks?.querySelector('[role="note"]')?.getAttribute('aria-label') ?? '',
    labelBox: (() => {
      const l = marks?.querySelector<HTMLElement>('[role="note"]');
      if (!l || getComputedStyle(l).opacity === '0') return null;
      const r = l.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    })(),
    markColor: marks ? getComputedStyle(marks.querySelector('.mark') ?? marks.host).borderTopColor : '',
    /** The notice's focused control (its text or label), when focus is inside it. */
    focused: (() => {
      const f = notice?.activeElement;
      return f ? f.getAttribute('aria-label') || f.textContent || '' : '';
    })(),
    /** The dismissal note, when it is actually drawn. */
    status: [...(notice?.querySelectorAll('[role="status"]') ?? [])].find((e) => e.getClientRects().length > 0)?.textContent ?? '',
    /** The buttons drawn (a hidden part's buttons are not). */
    visibleButtons: [...(notice?.querySelectorAll('button') ?? [])].filter((b) => b.getClientRects().length > 0).map((b) => b.textContent ?? ''),
  };
}

export type TestUi = ReturnType<typeof testUi>;
