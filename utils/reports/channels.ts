import type { ContactChannel, ContactKind } from '../provenance/types';
import { fitMailto, mailtoUrl, MAX_MAILTO_LENGTH } from './mailto';
import { EN_REPORT_STRINGS } from './strings';
import type { ComposedReport, DeliveryChannel } from './types';
import { isEmail } from './validate';

/** Best first: a place made for corrections beats a person's inbox beats a generic contact page. */
const RANK: Record<ContactKind, number> = {
  'corrections-form': 0,
  'corrections-policy': 1,
  'feedback-policy': 2,
  email: 3,
  'contact-page': 4,
};

/** Mailbox names (the part before `@`) that suggest they reach the right desk. */
const GOOD_ADDRESS = /correct|errat|standards|ombuds|reader|editor|newsdesk|news|feedback/i;

function webUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** The address of a `mailto:` URL (first recipient), or of a bare address. */
export function emailAddressOf(contact: ContactChannel): string | null {
  const candidates = [contact.url, contact.label];
  for (const c of candidates) {
    const raw = c.trim().replace(/^mailto:/i, '').split('?')[0]!.split(',')[0]!;
    let address: string;
    try {
      address = decodeURIComponent(raw).trim();
    } catch {
      continue;
    }
    if (isEmail(address)) return address;
  }
  return null;
}

export interface ChannelOptions {
  maxMailtoLength?: number;
  truncatedNote?: string;
}

/**
 * Ways to deliver a report, best first, without duplicates: corrections form, corrections or
 * feedback policy page, e-mail, contact page. Unsafe URLs (`javascript:`, `data:`…) are dropped.
 * With `message`, e-mail channels carry a ready mailto URL (shortened if needed).
 * Returns `[{ kind: 'none' }]` when nothing usable is left: offer copy and download.
 */
export function chooseChannels(contacts: readonly ContactChannel[], message?: ComposedReport, opts: ChannelOptions = {}): DeliveryChannel[] {
  const maxLength = opts.maxMailtoLength ?? MAX_MAILTO_LENGTH;
  const note = opts.truncatedNote ?? EN_REPORT_STRINGS.truncatedNote;
  const seen = new Set<string>();
  const ranked: { rank: number; sub: number; order: number; channel: DeliveryChannel }[] = [];
  contacts.forEach((c, order) => {
    if (c.kind === 'email' || /^mailto:/i.test(c.url)) {
      const address = emailAddressOf(c);
      if (!address || seen.has(`mailto:${address.toLowerCase()}`)) return;
      seen.add(`mailto:${address.toLowerCase()}`);
      const fitted = message
        ? fitMailto(address, message.subject, message.body, maxLength, note)
        : { url: mailtoUrl(address, '', ''), truncated: false };
      ranked.push({
        rank: RANK.email,
        sub: GOOD_ADDRESS.test(address.split('@')[0]!) ? 0 : 1,
        order,
        channel: {
          kind: 'email',
          address,
          label: c.label,
          mailto: fitted.url,
          truncated: fitted.truncated,
          copyToClipboard: fitted.truncated,
        },
      });
      return;
    }
    const url = webUrl(c.url);
    if (!url || seen.has(url)) return;
    seen.add(url);
    const channel: DeliveryChannel =
      c.kind === 'contact-page'
        ? { kind: 'contact-page', url, label: c.label, copyToClipboard: true }
        : { kind: 'form', source: c.kind, url, label: c.label, copyToClipboard: true };
    ranked.push({ rank: RANK[c.kind], sub: 0, order, channel });
  });
  if (ranked.length === 0) return [{ kind: 'none' }];
  ranked.sort((a, b) => a.rank - b.rank || a.sub - b.sub || a.order - b.order);
  return ranked.map((r) => r.channel);
}

/** The status a report gets once delivered through `channel`. */
export function statusAfter(channel: DeliveryChannel): 'sent-email' | 'opened-form' | 'opened-contact-page' | 'copied' {
  switch (channel.kind) {
    case 'email':
      return 'sent-email';
    case 'form':
      return 'opened-form';
    case 'contact-page':
      return 'opened-contact-page';
    case 'none':
      return 'copied';
  }
}
