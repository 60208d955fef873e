/** Clicks a hidden, temporary `<a>` set up by `init`, the way a user's link click would, then removes it. */
function clickHiddenLink(init: (a: HTMLAnchorElement) => void): void {
  const a = document.createElement('a');
  init(a);
  a.style.display = 'none';
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
  }
}

/**
 * Saves text as a file through a temporary `<a download>` link; the object URL is revoked
 * after the click so nothing lingers in memory.
 */
export function downloadText(filename: string, text: string, mime = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  try {
    clickHiddenLink((a) => {
      a.href = url;
      a.download = filename;
      a.rel = 'noopener';
    });
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** Opens a `mailto:` URL the way a link click would (works from extension pages without a tab). */
export function openMailto(mailto: string): void {
  clickHiddenLink((a) => {
    a.href = mailto;
  });
}
