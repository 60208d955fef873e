import { testRoots } from './test-hook';

/** A tiny element builder: text goes in as text nodes, never as markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  return node;
}

/**
 * Our own element at the end of <html> (or, `first`, at the start of <body>, early in keyboard order) with a closed shadow root holding `css`: the page's styles
 * cannot reach inside, :host rules marked !important beat the page's rules on the host, and the
 * page's scripts cannot reach our buttons. Key events stop at the host, so typing in our UI never
 * triggers the page's shortcuts.
 */
export function attachHost(doc: Document, tag: string, css: string, first = false): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  if (import.meta.env.PL_E2E) testRoots.set(tag, root);
  root.append(el(doc, 'style', {}, [css]));
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
  if (first && doc.body) doc.body.prepend(host);
  else doc.documentElement.append(host);
  return { host, root };
}
