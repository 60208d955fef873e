import { useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import type { ComposedReport, DeliveryChannel, ReportStatus } from '@/utils/reports';
import { isWebUrl } from '../common/url';
import { deliver, reportText, type DeliveryDeps } from './deliver';
import { channelHost } from './destination';
import { sameSite, siteOf } from '@/utils/site';

export interface DeliveryPanelProps {
  channels: readonly DeliveryChannel[];
  composed: ComposedReport;
  deps: DeliveryDeps;
  filename: string;
  /** The article the report is about: a channel on another site gets a warning. */
  articleUrl: string;
  download: (filename: string, text: string) => void;
  /** Record how the report went out (status and date in the store). */
  onDelivered: (status: ReportStatus, channel?: DeliveryChannel) => void | Promise<void>;
}

/** Every button names where the report goes: the page chose these addresses, not the reader. */
function channelLabel(c: Exclude<DeliveryChannel, { kind: 'none' }>): string {
  switch (c.kind) {
    case 'email':
      return t('report_send_email', c.address);
    case 'form':
      return t(c.source === 'corrections-form' ? 'report_open_form' : 'report_open_policy', channelHost(c));
    case 'contact-page':
      return t('report_open_contact', channelHost(c));
  }
}

/** The ways to send the report, best first, plus copy and download, which always work. */
export function DeliveryPanel({ channels, composed, deps, filename, articleUrl, download, onDelivered }: DeliveryPanelProps) {
  const [message, setMessage] = useState('');
  const usable = channels.filter((c): c is Exclude<DeliveryChannel, { kind: 'none' }> => c.kind !== 'none');

  const run = async (channel: DeliveryChannel, viaLink = false) => {
    const outcome = await deliver(channel, composed, deps, {
      viaLink,
      record: (status) => onDelivered(status, channel.kind === 'none' ? undefined : channel),
    });
    setMessage(t(outcome.messageKey));
  };

  const copyOnly = async () => {
    const copied = await deps.copy(reportText(composed));
    setMessage(t(copied ? 'report_done_copied' : 'report_copy_failed'));
    if (copied) await onDelivered('copied');
  };

  const downloadTxt = async () => {
    download(filename, reportText(composed));
    setMessage(t('report_done_downloaded'));
    await onDelivered('downloaded');
  };

  return (
    <section class="pl-section" aria-labelledby="pl-deliver-heading" data-testid="delivery">
      <h3 id="pl-deliver-heading">{t('report_deliver_heading')}</h3>
      {usable.length === 0 ? (
        <p data-testid="no-channel">{t('report_no_channel')}</p>
      ) : (
        <ul class="pl-plain-list pl-channels">
          {usable.map((c, i) => (
            <li key={`${c.kind}-${i}`} data-testid={`channel-${c.kind}`}>
              {c.kind === 'email' ? (
                <a
                  class={i === 0 ? 'pl-button pl-button-primary' : 'pl-button'}
                  href={c.mailto}
                  data-testid="send-email"
                  onClick={() => void run(c, true)}
                >
                  {channelLabel(c)}
                </a>
              ) : (
                <button
                  type="button"
                  class={i === 0 ? 'pl-button pl-button-primary' : 'pl-button'}
                  data-testid={`open-${c.kind}`}
                  onClick={() => void run(c)}
                >
                  {channelLabel(c)}
                </button>
              )}
              <span class="pl-hint">
                {' '}
                {c.kind === 'email'
                  ? c.truncated
                    ? t('report_email_truncated_hint')
                    : ''
                  : isWebUrl(c.url)
                    ? `${c.label ? `${c.label} — ` : ''}${t('report_copy_then_open_hint')}`
                    : ''}
              </span>
              {!sameSite(`https://${channelHost(c)}/`, articleUrl) && (
                <p class="pl-warning" data-testid="channel-other-site">
                  {t('report_channel_other_site', [channelHost(c), siteOf(articleUrl) ?? articleUrl])}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <div class="pl-inline">
        <button type="button" class="pl-button" data-testid="copy-report" onClick={() => void copyOnly()}>
          {t('report_copy')}
        </button>
        <button type="button" class="pl-button" data-testid="download-report" onClick={() => void downloadTxt()}>
          {t('report_download')}
        </button>
      </div>
      <p role="status" aria-live="polite" data-testid="delivery-status">
        {message}
      </p>
    </section>
  );
}
