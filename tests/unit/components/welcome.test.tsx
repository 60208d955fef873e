// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '@/utils/browser/settings-store';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { $, $$, click, installI18n, mount, stubBrowser, waitFor, type Mounted } from './helpers';

let m: Mounted | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

const sourceSwitch = () => waitFor(() => $(m!.container, 'welcome-provider-feeds') as HTMLInputElement | null);
const status = () => $(m!.container, 'welcome-provider-feeds-status')!.textContent;

describe('WelcomeApp', () => {
  it('lists the six badges and the pinning steps of the browser it runs in', async () => {
    m = mount(<WelcomeApp firefox />);
    expect($$(m.container, 'welcome-badge')).toHaveLength(6);
    expect($(m.container, 'welcome-pin')!.textContent).toContain('Pin to Toolbar');
  });

  it('a granted source is saved, shown on, and says so next to its switch', async () => {
    const request = stubBrowser(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    m = mount(<WelcomeApp firefox={false} />);
    await click(await sourceSwitch());
    await waitFor(() => status() === 'On. Flagged articles now show related coverage.');
    expect(request).toHaveBeenCalledTimes(1);
    expect((request.mock.calls[0]![0] as { origins: string[] }).origins.length).toBeGreaterThan(0);
    expect((await loadSettings()).coverage.providers).toEqual(['feeds']);
    expect((await sourceSwitch()).checked).toBe(true);
  });

  it('a refused source stays off and says why', async () => {
    stubBrowser(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    m = mount(<WelcomeApp firefox={false} />);
    await click(await sourceSwitch());
    await waitFor(() => status() === 'Permission was not granted, so that source stays off.');
    expect((await sourceSwitch()).checked).toBe(false);
    expect((await loadSettings()).coverage.providers).toEqual([]);
  });

  it('a browser error is shown next to the switch', async () => {
    stubBrowser(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('prompt blocked'));
    m = mount(<WelcomeApp firefox={false} />);
    await click(await sourceSwitch());
    await waitFor(() => status()?.includes('prompt blocked'));
    expect($(m.container, 'welcome-provider-feeds-status')!.className).toBe('error');
  });
});
