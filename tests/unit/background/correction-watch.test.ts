import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerCorrectionWatch } from '@/entrypoints/background/correction-watch';
import { mayRead, originPattern } from '@/utils/browser/report-watch';
import { stubBrowser } from '../components/helpers';

beforeEach(() => fakeBrowser.reset());

describe('correction watch in the background', () => {
  it('asks about a site by scheme and host only (Firefox match patterns carry no port)', async () => {
    expect(originPattern('http://127.0.0.1:5173')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://www.taz.de')).toBe('https://www.taz.de/*');
    const contains = stubBrowser(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    expect(await mayRead('https://www.taz.de')).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ['https://www.taz.de/*'] });
    contains.mockRejectedValue(new Error('bad pattern'));
    expect(await mayRead('https://www.taz.de')).toBe(false);
  });

  it('sets one daily alarm, and keeps an existing one instead of pushing it back', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await registerCorrectionWatch();
    const first = (await fakeBrowser.alarms.get('correction-watch'))!;
    expect(first.periodInMinutes).toBe(24 * 60);
    await registerCorrectionWatch();
    expect(create).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.alarms.get('correction-watch'))?.scheduledTime).toBe(first.scheduledTime);
  });
});
