import type { ContactChannel, ContactKind } from './types';
import { resolveUrl } from './dom';
import { str, type JsonLdNode } from './jsonld';

const MAX_CONTACTS = 12;

/** Link texts that lead to a way to reach the publisher, in the languages the detector reads. */
const CONTACT_TEXT =
  /^\s*(?:contact(?:\s+us|\s+the\s+(?:editors?|newsroom))?|get\s+in\s+touch|kontakt(?:ieren\s+sie\s+uns|formular)?|contacto|contáctenos|contactanos|contáctanos|contatti|contattaci|contato|fale\s+conosco|contact(?:ez-nous|er)|neem\s+contact\s+op|kontakta\s+oss|kontakt\s+oss|kontakt\s+os|联系我们|聯絡我們|联系|お問い合わせ|問い合わせ|연락처|문의하기|문의)\s*$/iu;
const CONTACT_PATH = /\/(?:contact(?:-us|us|o|ez-nous)?|kontakt|contatti|contato|fale-conosco|impressum-kontakt)(?:[/.?#]|$)/i;
const CORRECTIONS_TEXT =
  /^\s*(?:corrections?(?:\s+policy)?|report\s+an?\s+(?:error|correction|mistake|inaccuracy)|submit\s+a\s+correction|request\s+a\s+correction|korrekturen?|fehler\s+melden|rectificaciones|fe\s+de\s+erratas|correzioni|segnala\s+un\s+errore|signaler\s+une\s+erreur|erratum|rättelser?|korrigering|rettelser?)\s*$/iu;

function push(list: ContactChannel[], seen: Set<string>, kind: ContactKind, url: string, label: string): void {
  const key = `${kind} ${url}`;
  if (seen.has(key) || list.length >= MAX_CONTACTS) return;
  seen.add(key);
  list.push({ kind, url, label: label.replace(/\s+/g, ' ').trim().slice(0, 120) });
}

/** `anchors`: the page's `a[href]` in document order, as many as page-elements.ts reads (MAX_LINKS). */
export function findContacts(anchors: readonly Element[], base: string, jsonld: JsonLdNode[]): ContactChannel[] {
  const out: ContactChannel[] = [];
  const seen = new Set<string>();
  for (const n of jsonld) {
    const cp = str(n.obj['correctionsPolicy']);
    const cpUrl = resolveUrl(cp, base);
    if (cpUrl) push(out, seen, 'corrections-policy', cpUrl, 'correctionsPolicy');
    const fp = str(n.obj['actionableFeedbackPolicy']);
    const fpUrl = resolveUrl(fp, base);
    if (fpUrl) push(out, seen, 'feedback-policy', fpUrl, 'actionableFeedbackPolicy');
    const email = n.obj['email'];
    // Only the address: a query (`?bcc=…`, `?body=…`) is the page writing into the reader's mail.
    const address = typeof email === 'string' ? decodeURIComponentSafe(email.trim().replace(/^mailto:/i, '').split('?')[0]!) : '';
    if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(address)) push(out, seen, 'email', `mailto:${address}`, 'email');
  }
  for (const a of anchors) {
    const href = a.getAttribute('href') ?? '';
    if (/^\s*mailto:/i.test(href)) {
      const addr = href.trim().slice(7).split('?')[0] ?? '';
      if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(decodeURIComponentSafe(addr))) {
        push(out, seen, 'email', `mailto:${decodeURIComponentSafe(addr)}`, a.textContent ?? addr);
      }
      continue;
    }
    const text = (a.textContent ?? '').slice(0, 80);
    const isContact = CONTACT_TEXT.test(text) || (CONTACT_PATH.test(href) && text.trim().length < 40);
    const isCorrections = !isContact && CORRECTIONS_TEXT.test(text);
    if (!isContact && !isCorrections) continue;
    const url = resolveUrl(href, base);
    if (!url || url.startsWith('mailto:')) continue;
    push(out, seen, isContact ? 'contact-page' : 'corrections-form', url, text || href);
  }
  return out;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
