/**
 * The manifest's optional host patterns for the correction watch. The extension asks for one
 * reported article's site at a time (`scheme://host/*`), from the reader's click in My reports;
 * browsers only grant what the manifest lists, so the list has to cover any site.
 */
export const WATCH_HOST_PATTERNS = ['https://*/*', 'http://*/*'] as const;
