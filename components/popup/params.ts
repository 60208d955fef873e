/** What the popup page was asked to show, from its own URL. */
export interface PopupParams {
  /** The tab to speak about; null means "the active tab" (or none, with reportId). */
  tabId: number | null;
  /** Open the inaccuracy-report form straight away. */
  report: boolean;
  /** Text to pre-fill as the disputed passage (from the context menu). */
  quote: string;
  /** Reopen this stored report (from "My reports"). */
  reportId: string | null;
}

const MAX_QUOTE = 5000;

export function readPopupParams(search: string): PopupParams {
  const q = new URLSearchParams(search);
  const tab = Number(q.get('tab'));
  const reportId = q.get('reportId')?.trim() || null;
  return {
    tabId: q.has('tab') && Number.isInteger(tab) && tab > 0 ? tab : null,
    report: q.get('report') === '1' || reportId !== null,
    quote: (q.get('quote') ?? '').slice(0, MAX_QUOTE),
    reportId,
  };
}
