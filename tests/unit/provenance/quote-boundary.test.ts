import { describe, expect, it } from 'vitest';
import { crossesIntoQuote } from '../../../utils/provenance/sentences';
import { articlePage, detect } from './helpers';

describe('crossesIntoQuote', () => {
  const s = 'No final deste texto a seguinte informação me deixou curioso: “Esta reportagem foi produzida de modo automático”.';
  const open = s.indexOf('“');

  it('is true for a span that starts before a long quotation and ends inside it', () => {
    expect(crossesIntoQuote(s, s.indexOf('deste'), s.indexOf('automático') + 4)).toBe(true);
  });

  it('is false for a span wholly outside or wholly inside the quotation, or one that closes it again', () => {
    expect(crossesIntoQuote(s, 0, open - 1)).toBe(false);
    expect(crossesIntoQuote(s, open + 1, s.indexOf('automático'))).toBe(false);
    expect(crossesIntoQuote(s, s.indexOf('deste'), s.length)).toBe(false);
    // A short quoted name or title inside the span is no one's words ("the tool “Lede AI” wrote…").
    const named = 'This recap was written by the tool “Lede AI”, which our editors check.';
    expect(crossesIntoQuote(named, 0, named.indexOf('AI”') + 1)).toBe(false);
  });
});

describe('a disclosure that reaches into a quotation is the quotation’s, not the page’s (1.21.0)', () => {
  // pt-009-h12 and pt-202-h13, negatives of the read sets: the writer's words ("deste texto", "o alt text da IA") before a
  // quoted note. 1.20.0 read the two halves as one statement and fired on both.
  it('gives no verdict for a writer commenting on a quoted note', () => {
    expect(detect(articlePage('<p>No final deste texto a seguinte informação me deixou curioso: “Esta reportagem foi produzida de modo automático com apoio de um sistema de inteligência artificial”.</p>', 'pt')).verdict).toBe('none');
    expect(detect(articlePage('<p>Aceitar o alt text da IA com o carimbo "Descrição gerada automaticamente".</p>', 'pt')).verdict).toBe('none');
  });

  it('still reads a note that quotes only a name or the page’s own short label', () => {
    expect(detect(articlePage('<p>Este texto foi produzido de modo automático pelo “Robô Repórter” e revisado pela redação.</p>', 'pt')).verdict).not.toBe('none');
    expect(detect(articlePage('<p>This article was written with the help of AI and checked by our editors.</p>')).verdict).toBe('ai-assisted');
  });
});

describe('"neither … nor" negates in Norwegian and Swedish as in Danish (1.21.0)', () => {
  // no-105-h15 (a negative of the read sets): 1.20.0 kept an image signal for "Hverken … er generert av KI" (Bokmål "hverken",
  // like Danish) and would have fired on the same sentence about the text.
  it.each([
    ['no', 'Hverken tekstene, bildene eller koden på dette nettstedet er generert av KI.'],
    ['no', 'Hverken denne teksten eller bildene er skrevet av ChatGPT.'],
    ['no', 'Korkje denne teksten eller bileta er laga av KI.'],
    ['sv', 'Varken den här texten eller bilderna är skrivna av AI.'],
    ['sv', 'Denna text är icke skriven av AI.'],
  ])('%s: %s', (lang, text) => {
    const r = detect(articlePage(`<p>${text}</p>`, lang));
    expect(r.verdict).toBe('none');
    expect(r.signals.filter((x) => x.kind === 'disclosure-text')).toEqual([]);
  });

  it('reads the same notes without the negation', () => {
    expect(detect(articlePage('<p>Denne teksten er skrevet av ChatGPT.</p>', 'no')).verdict).toBe('ai-generated');
    expect(detect(articlePage('<p>Den här texten är skriven av AI.</p>', 'sv')).verdict).toBe('ai-generated');
  });
});

describe('words quoted over several sentences stay quoted in each of them (1.21.0)', () => {
  // de-018-h12, a negative of the read sets: a reporter quotes a computer voice; the leak sits in the quotation's second
  // sentence, which alone shows no quotation mark, and 1.20.0 took it for the page's own leaked chatbot text.
  const reply = 'Hallo! Als künstliche Intelligenz habe ich keine persönlichen Gefühle oder Überzeugungen, aber ich kann dir helfen, den Text zu interpretieren.';

  it('gives no leak for a chatbot reply quoted by the writer, and still one for the reply printed bare', () => {
    expect(detect(articlePage(`<p>Eine Computerstimme antwortet ihm: „${reply}“</p>`, 'de')).verdict).toBe('none');
    expect(detect(articlePage(`<p>${reply}</p>`, 'de')).verdict).toBe('suspected-ai');
  });

  it('gives no verdict for a note quoted in a report, and reads it printed on its own', () => {
    const note = 'Bitte beachten. Dieser Artikel wurde von einer KI erstellt.';
    expect(detect(articlePage(`<p>Der Hinweis unter dem Text lautete: „${note}“ Das sorgte für Ärger.</p>`, 'de')).verdict).toBe('none');
    expect(detect(articlePage(`<p>${note}</p>`, 'de')).verdict).toBe('ai-generated');
  });

  it('takes a mark that never closes, or an inch mark before a quoted name, for no quotation', () => {
    expect(detect(articlePage('<p>Die Größe: 5" Bildschirm. Dieser Artikel wurde von einer KI erstellt.</p>', 'de')).verdict).toBe('ai-generated');
    expect(detect(articlePage('<p>Der 15" Bildschirm ist hell. Dieser Artikel wurde von einer KI erstellt, mit dem Werkzeug "Aurora".</p>', 'de')).verdict).toBe('ai-generated');
  });

  it('reads a note after a straight-quoted reply that closed before it, and none inside one that is still open', () => {
    expect(detect(articlePage('<p>Sie schrieb: "Danke." Dieser Artikel wurde von einer KI erstellt.</p>', 'de')).verdict).toBe('ai-generated');
    expect(detect(articlePage('<p>Der Hinweis lautete: "Bitte beachten. Dieser Artikel wurde von einer KI erstellt." Das sorgte für Ärger.</p>', 'de')).verdict).toBe('none');
  });
});
