import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { allFeedOrigins } from './utils/coverage/providers/feeds';
import { WATCH_HOST_PATTERNS } from './utils/reports/watch-hosts';

// PL_E2E=1 makes a test-only build: Firefox's WebDriver BiDi refuses to navigate to
// moz-extension:// URLs, so the end-to-end tests reach the popup and options pages through
// web_accessible_resources. Release builds never carry this.
const e2e = process.env.PL_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // One manifest version for both browsers: MV3 gives us storage.session, the action API
  // and optional_host_permissions everywhere (Firefox ESR 128+ runs MV3 with an event page).
  manifestVersion: 3,
  outDir: e2e ? '.output-e2e' : '.output',
  vite: () => ({
    plugins: [preact()],
    // Test-only code (the content script's test-ui answer) is behind this constant, so a release
    // build does not contain it at all.
    define: { 'import.meta.env.PL_E2E': JSON.stringify(e2e) },
    // PL_NO_MINIFY=1 (test builds, for bench/profile-content.ts): keeps function names for the profiler.
    ...(e2e && process.env.PL_NO_MINIFY === '1' ? { build: { minify: false } } : {}),
  }),
  hooks: {
    // The content script runs on every page, so its size counts (budget: 40 kB minified). It
    // keeps the browser's own promise-based MV3 API (both browsers give promises for every call
    // it makes, and it answers messages with sendResponse, which both support), and leaves the
    // polyfill (~10 kB minified) to the background and extension pages.
    // Nor does it take WXT's ContentScriptContext (see entrypoints/content/bare-context.ts).
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const swaps: Record<string, string> = {
        'wxt/browser': '@wxt-dev/browser',
        'wxt/utils/content-script-context': fileURLToPath(new URL('./entrypoints/content/bare-context.ts', import.meta.url)),
      };
      config.resolve ??= {};
      const alias = config.resolve.alias;
      if (Array.isArray(alias)) {
        for (const entry of alias as { find: unknown; replacement: string }[]) {
          if (typeof entry.find === 'string' && entry.find in swaps) entry.replacement = swaps[entry.find]!;
        }
        for (const [find, replacement] of Object.entries(swaps)) {
          if (!alias.some((entry: { find: unknown }) => entry.find === find)) alias.unshift({ find, replacement });
        }
      } else {
        config.resolve.alias = { ...(alias as Record<string, string> | undefined), ...swaps };
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the daily correction watch of reported articles (see README).
    // activeTab: the popup reads the address of the tab it was opened on (for the per-site switch
    // on a page it is turned off for), only after the reader clicks the icon; no install warning.
    permissions: ['storage', 'contextMenus', 'alarms', 'activeTab'],
    // Related-coverage sources: asked for only when the user turns one on in the options page, and
    // exactly what the code asks for (the three search APIs, every shipped outlet feed's host).
    optional_host_permissions: [
      'https://news.google.com/*',
      'https://api.gdeltproject.org/*',
      'https://content.guardianapis.com/*',
      ...allFeedOrigins(),
      // Correction watch: one reported article's site at a time, asked for from a click in My
      // reports (never at install, never without the reader).
      ...WATCH_HOST_PATTERNS,
    ],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'provenance-lens@provenance-lens.org',
              // 140 is the first ESR that reads data_collection_permissions. Nothing is collected by
              // default; a search source, once the user turns it on, sends keywords from the page's
              // text (website content), asked for with the source's hosts.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    ...(e2e
      ? {
          // Test builds reach the local fake providers without a permission prompt.
          host_permissions: ['http://127.0.0.1/*'],
          web_accessible_resources: [
            { resources: ['popup.html', 'options.html', 'welcome.html'], matches: ['http://127.0.0.1/*'] },
          ],
        }
      : {}),
  }),
});
