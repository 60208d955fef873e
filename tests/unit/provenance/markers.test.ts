import { describe, expect, it } from 'vitest';
import { articlePage, detect } from './helpers';

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('machine-readable markers', () => {
  it.each([
    ['ai-autonomous', 'ai-generated'],
    ['ai-assisted', 'ai-assisted'],
    ['ai_summarized; required=undetermined; icon=ai_generated', 'ai-summary'],
    ['ai-originated', 'ai-generated'],
    ['machine-generated', 'automated'],
  ])('<meta name="ai-disclosure" content="%s"> → %s', (value, verdict) => {
    const r = detect(articlePage('', 'en', `<meta name="ai-disclosure" content="${value}">`));
    expect(r.verdict).toBe(verdict);
    const s = r.signals.find((x) => x.kind === 'meta-marker')!;
    expect(s.scope).toBe('page');
    expect(s.rule).toBe('marker.meta.ai-disclosure');
  });

  it('human-only and none are not AI signals', () => {
    expect(detect(articlePage('', 'en', '<meta name="ai-disclosure" content="human-only">')).signals).toEqual([]);
    expect(detect(articlePage('', 'en', '<meta name="ai-generated" content="false">')).signals).toEqual([]);
  });

  it('reads plugin-style <meta name="ai-generated" content="true">', () => {
    expect(detect(articlePage('', 'en', '<meta name="ai-generated" content="true">')).verdict).toBe('ai-generated');
  });

  it('reads every spelling of the AI meta names, in any case, by name or property', () => {
    for (const meta of [
      '<meta name="AI_Generated" content="yes">',
      '<meta property="aigc" content="ai-generated">',
      '<meta name="generated-by-ai" content="true">',
      '<meta name="ai-content-declaration" content="ai-generated">',
      '<meta property="aidisclosure" content="ai-autonomous">',
    ]) {
      expect(detect(articlePage('', 'en', meta)).verdict, meta).toBe('ai-generated');
    }
    expect(detect(articlePage('', 'en', '<meta name="ai-assisted" content="true">')).verdict).toBe('ai-assisted');
    // Names that only contain the letters are not markers.
    expect(detect(articlePage('', 'en', '<meta name="twitter:domain" content="ai-generated">')).signals).toEqual([]);
  });

  it('an ai-disclosure attribute on a box is element scope and does not decide the page', () => {
    const r = detect(articlePage('<section data-ai-disclosure="ai-autonomous"><p>Weather outlook for the week.</p></section>'));
    const s = r.signals.find((x) => x.kind === 'meta-marker')!;
    expect(s.scope).toBe('element');
    expect(s.locator?.css).toMatch(/section$/);
    expect(r.verdict).toBe('none');
  });

  it('an ai-disclosure attribute on <article> covers the page', () => {
    const html = articlePage('').replace('<article>', '<article ai-disclosure="ai-assisted">');
    const r = detect(html);
    expect(r.signals[0]!.scope).toBe('page');
    expect(r.verdict).toBe('ai-assisted');
  });

  it('JSON-LD digitalSourceType on the NewsArticle (schema.org and IPTC forms, @graph) is page scope', () => {
    const a = detect(articlePage('', 'en', ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x', digitalSourceType: 'https://schema.org/TrainedAlgorithmicMediaDigitalSource' })));
    expect(a.verdict).toBe('ai-generated');
    const b = detect(articlePage('', 'en', ld({ '@graph': [{ '@type': 'WebSite', name: 'S' }, { '@type': 'NewsArticle', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/dataDrivenMedia' }] })));
    expect(b.verdict).toBe('automated');
    const c = detect(articlePage('', 'en', ld({ '@type': 'Article', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia' })));
    expect(c.verdict).toBe('ai-assisted');
  });

  it('digitalSourceType on an ImageObject is image scope and never makes the page ai-generated', () => {
    const r = detect(articlePage('', 'en', ld({ '@type': 'NewsArticle', headline: 'x', image: { '@type': 'ImageObject', url: 'https://x/i.jpg', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia' } })));
    expect(r.signals).toHaveLength(1);
    expect(r.signals[0]!.scope).toBe('image');
    expect(r.verdict).toBe('none');
  });

  it('microdata digitalSourceType inside an ImageObject is image scope', () => {
    const r = detect(articlePage('<div itemscope itemtype="https://schema.org/ImageObject"><img src="a.jpg"><meta itemprop="digitalSourceType" content="http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"></div>'));
    expect(r.signals[0]!.scope).toBe('image');
    expect(r.verdict).toBe('none');
  });

  it('a C2PA manifest link is recorded but does not decide the verdict', () => {
    const r = detect(articlePage('', 'en', '<link rel="c2pa-manifest" href="https://x.example/m.c2pa">'));
    expect(r.signals[0]!.rule).toBe('marker.c2pa.manifest-link');
    expect(r.signals[0]!.informational).toBe(true);
    expect(r.verdict).toBe('none');
  });

  it('an inline C2PA manifest naming trainedAlgorithmicMedia is read', () => {
    const b64 = Buffer.from('jumb c2pa.actions digitalSourceType http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia').toString('base64');
    const r = detect(articlePage('', 'en', `<script type="application/c2pa">${b64}</script>`));
    expect(r.verdict).toBe('ai-generated');
    expect(r.signals[0]!.rule).toBe('marker.c2pa.inline-digital-source-type');
  });

  it('an inline C2PA manifest naming compositeWithTrainedAlgorithmicMedia is ai-assisted, also when it names both terms', () => {
    for (const terms of ['compositeWithTrainedAlgorithmicMedia', 'trainedAlgorithmicMedia then compositeWithTrainedAlgorithmicMedia']) {
      const b64 = Buffer.from(`jumb c2pa.actions digitalSourceType ${terms}`).toString('base64');
      const r = detect(articlePage('', 'en', `<script type="application/c2pa">${b64}</script>`));
      expect(r.verdict).toBe('ai-assisted');
      expect(r.signals[0]!.text).toBe('application/c2pa manifest: digitalSourceType compositeWithTrainedAlgorithmicMedia');
    }
  });

  it('a generator meta (WordPress) is not a signal', () => {
    expect(detect(articlePage('', 'en', '<meta name="generator" content="WordPress 6.5">')).signals).toEqual([]);
  });
});
