import type { DeliveryChannel } from '@/utils/reports';

/** The host a delivery channel reaches: the e-mail's domain or the page's host (lower case). */
export function channelHost(c: Exclude<DeliveryChannel, { kind: 'none' }>): string {
  if (c.kind === 'email') return c.address.slice(c.address.lastIndexOf('@') + 1).toLowerCase();
  try {
    return new URL(c.url).hostname.toLowerCase();
  } catch {
    return c.url;
  }
}
