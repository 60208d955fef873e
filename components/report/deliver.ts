import type { ContactChannel } from '@/utils/provenance/types';
import { statusAfter, type ComposedReport, type DeliveryChannel, type InaccuracyReport, type ReportStatus } from '@/utils/reports';
import { hostOf } from '../common/url';

/** Side effects a delivery needs, passed in so the logic can be tested. */
export interface DeliveryDeps {
  copy: (text: string) => Promise<boolean>;
  openTab: (url: string) => Promise<unknown> | void;
  openMailto: (url: string) => void;
}

export interface DeliveryOutcome {
  status: ReportStatus;
  /** The full report is on the clipboard. */
  copied: boolean;
  /** What to tell the reader (an i18n key). */
  messageKey: string;
}

/** The whole report as one piece of text for the clipboard or a .txt file. */
export function reportText(composed: ComposedReport): string {
  return `${composed.subject}\n\n${composed.body}`;
}

export interface DeliverOptions {
  /** The popup's own mailto link is opening the mail client: do not open it again. */
  viaLink?: boolean;
  /**
   * Called with the new status after copying and before anything opens: a new tab closes the
   * popup, so the status must be stored first.
   */
  record?: (status: ReportStatus) => Promise<void> | void;
}

/**
 * Sends the report through `channel`: open the mail client, or copy the report and open the
 * publisher's page; `none` copies only.
 */
export async function deliver(
  channel: DeliveryChannel,
  composed: ComposedReport,
  deps: DeliveryDeps,
  opts: DeliverOptions = {},
): Promise<DeliveryOutcome> {
  const text = reportText(composed);
  switch (channel.kind) {
    case 'email': {
      const copied = channel.copyToClipboard ? await deps.copy(text) : false;
      await opts.record?.(statusAfter(channel));
      if (!opts.viaLink) deps.openMailto(channel.mailto);
      return {
        status: statusAfter(channel),
        copied,
        messageKey: channel.truncated ? (copied ? 'report_done_email_truncated' : 'report_done_email_truncated_nocopy') : 'report_done_email',
      };
    }
    case 'form':
    case 'contact-page': {
      // Copy first: opening a tab closes the popup, which would end the copy.
      const copied = await deps.copy(text);
      await opts.record?.(statusAfter(channel));
      await deps.openTab(channel.url);
      return {
        status: statusAfter(channel),
        copied,
        messageKey: copied ? 'report_done_page_copied' : 'report_done_page_nocopy',
      };
    }
    case 'none': {
      const copied = await deps.copy(text);
      if (copied) await opts.record?.('copied');
      return { status: 'copied', copied, messageKey: copied ? 'report_done_copied' : 'report_copy_failed' };
    }
  }
}

/**
 * The channel a stored report went out through, as a contact, so it can be resent when the
 * article's page (and its contact list) is no longer at hand.
 */
export function contactsFromChannel(channel: DeliveryChannel | undefined): ContactChannel[] {
  if (!channel) return [];
  switch (channel.kind) {
    case 'email':
      return [{ kind: 'email', url: `mailto:${channel.address}`, label: channel.label }];
    case 'form':
      return [{ kind: channel.source, url: channel.url, label: channel.label }];
    case 'contact-page':
      return [{ kind: 'contact-page', url: channel.url, label: channel.label }];
    case 'none':
      return [];
  }
}

/** `correction-request-example.com-2026-11-28.txt` */
export function reportFilename(report: Pick<InaccuracyReport, 'article' | 'updatedAt'>, ext = 'txt'): string {
  const host = hostOf(report.article.url).replace(/[^\w.-]+/g, '_') || 'article';
  return `correction-request-${host}-${report.updatedAt.slice(0, 10)}.${ext}`;
}
