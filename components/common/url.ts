/** True for absolute http(s) URLs: the only links the UI renders as clickable web links. */
export function isWebUrl(text: string | undefined): text is string {
  if (!text) return false;
  try {
    const u = new URL(text);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
  } catch {
    return false;
  }
}

/** http(s) or mailto: — the schemes a publisher contact may use. */
export function isContactUrl(text: string | undefined): text is string {
  return isWebUrl(text) || (!!text && /^mailto:[^\s]+$/i.test(text));
}

/** The host without `www.`, or the input when it is not a URL. */
export { displayHost as hostOf } from '@/utils/hosts';
