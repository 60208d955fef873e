// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VERDICTS } from '@/utils/provenance/types';
import { VerdictBadge } from '@/components/popup/VerdictBadge';
import { EvidenceList } from '@/components/popup/EvidenceList';
import { $, $$, click, disclosure, getMessage, installI18n, metaMarker, mount, provenance, type Mounted } from './helpers';

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

describe('VerdictBadge', () => {
  const expected = {
    'ai-generated': ['AI-generated', /publisher says AI generated/],
    'ai-assisted': ['AI-assisted', /with help from AI/],
    automated: ['Automated', /produced automatically/],
    'ai-summary': ['AI summary', /summary/],
    'suspected-ai': ['Suspected AI', /not proof/],
    none: ['No AI signal found', /does not prove/],
  } as const;

  for (const verdict of VERDICTS) {
    it(`shows ${verdict} in words, with a shape and a meaning line`, () => {
      m = mount(<VerdictBadge report={provenance({ verdict })} />);
      const label = $(m.container, 'verdict-label')!;
      expect(label.textContent?.trim()).toBe(expected[verdict][0]);
      expect(label.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
      expect($(m.container, 'verdict-meaning')!.textContent).toMatch(expected[verdict][1]);
    });
  }

  it('never calls a page without AI signals human-written', () => {
    m = mount(<VerdictBadge report={provenance({ verdict: 'none', signals: [] })} />);
    const text = m.container.textContent!.toLowerCase();
    expect(text).toContain('no ai signal found');
    expect(text).not.toMatch(/human/);
    expect(getMessage('popup_meaning_none').toLowerCase()).not.toMatch(/human/);
  });

  it('claims nothing for a page that is not an article', () => {
    m = mount(<VerdictBadge report={provenance({ verdict: 'none', isArticle: false, signals: [] })} />);
    expect($(m.container, 'verdict-label')!.textContent?.trim()).toBe('Not an article');
    expect($(m.container, 'verdict-meaning')!.textContent).toMatch(/makes no claim/);
    expect(m.container.querySelector('.pl-pill')).toBeNull();
  });
});

describe('EvidenceList', () => {
  it('lists each signal with its quote, kind and scope', () => {
    m = mount(<EvidenceList signals={[disclosure, metaMarker]} onShow={() => undefined} />);
    const rows = $$(m.container, 'evidence-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('blockquote')!.textContent).toBe(disclosure.text);
    expect($(rows[0]!, 'evidence-kind')!.textContent).toBe('Written disclosure');
    expect($(rows[0]!, 'evidence-scope')!.textContent).toBe('Whole article');
    expect($(rows[1]!, 'evidence-kind')!.textContent).toBe('Page metadata');
    expect($(rows[1]!, 'evidence-scope')!.textContent).toBe('One part of the page');
  });

  it('offers "Show in page" only for located signals, with the signal index', async () => {
    const onShow = vi.fn();
    const third = { ...disclosure, scope: 'image' as const, locator: { css: 'img' } };
    m = mount(<EvidenceList signals={[disclosure, metaMarker, third]} onShow={onShow} />);
    const buttons = $$(m.container, 'show-in-page');
    expect(buttons).toHaveLength(2);
    expect(buttons[1]!.getAttribute('aria-label')).toBe('Show in page (3)');
    await click(buttons[1]!);
    expect(onShow).toHaveBeenCalledWith(2);
    expect(m.container.textContent).toContain('One image');
  });

  it('renders page text as text, never as markup', () => {
    const hostile = { ...disclosure, text: '<img src=x onerror=alert(1)>AI wrote this' };
    m = mount(<EvidenceList signals={[hostile]} />);
    expect(m.container.querySelector('img')).toBeNull();
    expect(m.container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
