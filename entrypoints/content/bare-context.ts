/**
 * Stands in for WXT's ContentScriptContext in the content-script build (aliased in wxt.config.ts).
 * Our content script never reads the context: its script-started and location-change events travel
 * through the page's document and window, where the page can see and forge them, so index.ts polls
 * the URL and checks runtime.id instead. Without the real class the script also announces itself to
 * the page with no event at all, and ships ~2.9 kB less on every page.
 */
export class ContentScriptContext {}
