import { describe, expect, it } from 'vitest';
import { articleDate, dateInUrl } from '../../../utils/coverage/article-date';
import { isChrome, stripChrome } from '../../../utils/coverage/chrome';
import { rarity } from '../../../utils/coverage/df';
import { buildCoverageQuery, stripSiteSuffix } from '../../../utils/coverage/query';
import { tokenize } from '../../../utils/coverage/text';

const words = (text: string, lang: string) => tokenize(text, lang).filter((t) => !t.stop).map((t) => t.surface);

describe('tokens kept whole', () => {
  it('keeps names with symbols and hyphens whole', () => {
    expect(words('AT&T and PG&E sued Rolls-Royce over COVID-19', 'en')).toEqual(['AT&T', 'PG&E', 'sued', 'Rolls-Royce', 'COVID-19']);
    // A lower-case compound stays two words; half a word after a number is dropped.
    expect(words('ein schwarz-weißes Foto, 4-wöchiger Corona-Lockdown', 'de')).toEqual(['schwarz', 'weißes', 'Foto', 'Corona', 'Lockdown']);
  });

  it('joins Chinese names the segmenter cut into single characters', () => {
    expect(words('中国国家主席习近平表示', 'zh')).toContain('习近平');
    expect(words('王毅会见布林肯', 'zh')).toEqual(['王毅', '会见', '布林肯']);
    expect(words('港特首梁振英就住宅违建事件道歉', 'zh')).toContain('梁振英');
  });
});

describe('chrome', () => {
  it('drops share bars, players, ad labels, ratings, menus and browser notices', () => {
    for (const p of ['Compartir', 'Twittear', 'Enviar por mail', 'CONTINUA DEPOIS DA PUBLICIDADE', 'Ouvir o texto', 'ESCUCHA LA NOTICIA', 'Puntualo 4 estrellas', 'Visto 314 veces', '18', 'Leia Mais Voltar Voltar Voltar Compartilhe Facebook Whatsapp Twitter Messenger Google Pinterest Linkedin', '如欲取得最佳浏览效果，请使用最新的、使用串联样式表（CSS）的浏览器。', 'Contact us: desk@example.org', 'Jaa artikkeli Whatsapissa']) {
      expect(isChrome(p), p).toBe(true);
    }
  });

  it('keeps prose that names a platform, and short real sentences', () => {
    expect(isChrome('Twitter Lite se estrena en México, Venezuela y otros nueve países de la región.')).toBe(false);
    expect(isChrome('The video shows the fire spreading through the warehouse for nearly ten minutes before firefighters arrived.')).toBe(false);
    expect(stripChrome('Real sentence here about the budget.\n\nShare\n\nAnother one&nbsp;about it.')).toBe('Real sentence here about the budget.\n\nAnother one about it.');
  });
});

describe('article date', () => {
  it('reads dates in addresses', () => {
    expect(dateInUrl('https://x.example/2021/03/04/story')).toEqual({ date: '2021-03-04', precision: 'day' });
    expect(dateInUrl('https://www.lostiempos.com/actualidad/pais/20220503/juicio')).toEqual({ date: '2022-05-03', precision: 'day' });
    expect(dateInUrl('http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html')).toEqual({ date: '2013-08-03', precision: 'day' });
    expect(dateInUrl('https://prachatai.com/journal/2019/01/80642')).toEqual({ date: '2019-01-15', precision: 'month' });
    expect(dateInUrl('https://x.example/article/123456789012')).toBeUndefined();
    expect(dateInUrl('not a url')).toBeUndefined();
  });

  it('prefers the page, then the address, then the text; a month in the address takes the day from the text', () => {
    expect(articleDate({ publishedAt: '2020-01-02', url: 'https://x.example/2021/03/04/a' })?.source).toBe('page');
    expect(articleDate({ url: 'https://x.example/2021/03/04/a', text: 'March 9, 2021' })).toMatchObject({ source: 'url' });
    expect(new Date(articleDate({ url: 'https://x.example/2019/01/a', text: 'Submitted on Mon, 2019-01-21 13:49' })!.ms).toISOString().slice(0, 10)).toBe('2019-01-21');
    expect(articleDate({ url: 'https://x.example/a' })).toBeUndefined();
  });

  it('searches a week around a URL-only date first, the wide window second', () => {
    const q = buildCoverageQuery({ url: 'https://ai.example/2021/03/04/story', headline: 'Storm floods the port of Valencia', lang: 'en' }, { now: () => Date.parse('2026-01-01') });
    expect(q.dateSource).toBe('url');
    expect(q.firstWindow).toEqual({ from: '2021-03-01', to: '2021-03-07' });
    expect(q.window.from < q.firstWindow!.from && q.window.to >= q.firstWindow!.to).toBe(true);
  });
});

describe('headlines and word rarity', () => {
  it("takes the site's name off a headline", () => {
    expect(stripSiteSuffix('Perturbazione polare al Centro e al Sud - La Stampa', 'La Stampa')).toBe('Perturbazione polare al Centro e al Sud');
    expect(stripSiteSuffix('West Ham hrozí gigantům | Aktuálně.cz', undefined, 'https://sport.aktualne.cz/x')).toBe('West Ham hrozí gigantům');
    expect(stripSiteSuffix('米朝首脳直通電話 習氏に挑むトランプ戦術の成否 （写真＝ロイター） ：日本経済新聞')).toBe('米朝首脳直通電話 習氏に挑むトランプ戦術の成否');
    expect(stripSiteSuffix('Storm - what we know so far')).toBe('Storm - what we know so far');
  });

  it('knows headline filler from names', () => {
    expect(rarity('world', 'en')).toBeLessThan(rarity('zelensky', 'en'));
    expect(rarity('anything', 'xx')).toBe(1);
  });
});
