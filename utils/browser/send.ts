import { browser } from 'wxt/browser';
import type { ContentMessage, PageMessage, Replies, ToContentMessage } from '../messages';

/** Typed runtime.sendMessage: the reply type follows the request type. */
export function sendToBackground<M extends ContentMessage | PageMessage>(message: M): Promise<Replies[M['type']]> {
  return browser.runtime.sendMessage(message) as Promise<Replies[M['type']]>;
}

export function sendToTab<M extends ToContentMessage>(tabId: number, message: M): Promise<Replies[M['type']]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Replies[M['type']]>;
}
