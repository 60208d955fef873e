import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectProvenance } from '../../../utils/provenance/index';
import { parseDocument } from '../../../utils/provenance/parse-html';
import { readParaphrases } from '../../../cli/eval/paraphrase';
import { sentencePage } from '../../../cli/eval/sentence-page';
import { LABEL_TO_VERDICT, predictedFor } from '../../../cli/eval/score';
import { REPO_ROOT } from '../../../cli/shared/paths';
import type { Verdict } from '../../../utils/provenance/types';

/**
 * The grammar widened for fr/es/it/pt/ja/zh/ko from the tune half of data/paraphrase/b-fr-es-it-pt-ja-zh-ko.jsonl
 * (never from its held half): each case is a sentence of that half or a must-not-fire sentence of the same kind,
 * scored as `npm run eval -- --paraphrase` scores it (the sentence alone in a plain article, at its placement).
 */
function verdict(text: string, lang: string, placement = 'body', label = 'ai_generated'): Verdict {
  const r = detectProvenance(parseDocument(sentencePage(text, lang, placement)), { url: 'https://collected.example/news/b' });
  return predictedFor({ placement: placement as never, label: label as never }, r);
}

type Case = [text: string, lang: string, expected: string, placement?: string];

const check = (cases: Case[]): void => {
  for (const [text, lang, expected, placement] of cases) expect([text, verdict(text, lang, placement)]).toEqual([text, expected]);
};

describe('paraphrase matrix b (fr/es/it/pt/ja/zh/ko): what the widened grammar reads', () => {
  it('reads actor paraphrases: machine and deep learning, conversational assistants, Korean and Chinese model names', () => {
    check([
      ['Resumen elaborado por un sistema de aprendizaje automático.', 'es', 'ai-summary'],
      ['Resumo criado por um algoritmo de aprendizado de máquina.', 'pt', 'ai-summary'],
      ['요약문은 머신러닝 모델이 생성했습니다.', 'ko', 'ai-summary'],
      ['摘要由机器学习算法自动生成。', 'zh', 'ai-summary'],
      ['본문은 하이퍼클로바X를 이용해 생성했습니다.', 'ko', 'ai-generated'],
      ['Ce texte a été généré par un agent conversationnel.', 'fr', 'ai-generated'],
    ]);
  });

  it('reads self-reference nouns beyond "article" and "text", and Korean contracted verb forms', () => {
    check([
      ["Le présent communiqué a été rédigé à l'aide de l'IA.", 'fr', 'ai-assisted'],
      ['Esta web se nutre íntegramente de contenidos creados por inteligencia artificial.', 'es', 'ai-generated'],
      ['이 사이트의 콘텐츠는 인공지능이 만듭니다.', 'ko', 'ai-generated'],
    ]);
  });

  it('reads pen-name personas as site-level notes', () => {
    check([
      ['« Max » est un auteur fictif : tous les articles signés de ce nom sont générés par une IA.', 'fr', 'ai-generated', 'about-page'],
      ['Lucía Robles es el seudónimo con el que firmamos los textos generados con IA.', 'es', 'ai-generated', 'about-page'],
      ['“小新”是我们用于发布AI生成稿件的署名。', 'zh', 'ai-generated', 'about-page'],
      ["'맥스'는 가상의 필자로, 이 이름으로 나가는 글은 모두 AI가 생성합니다.", 'ko', 'ai-generated', 'about-page'],
    ]);
  });

  it('reads automatic generation from data in every inflection, and a writing robot as automated journalism', () => {
    check([
      ['Esta información ha sido elaborada de forma automática a partir de los datos del Ministerio del Interior.', 'es', 'automated'],
      ['本稿件由写稿机器人根据比赛数据自动生成。', 'zh', 'automated'],
      // 根据 "based on" is no attribution; 根据…报道 "according to a report" still is.
      ['根据新华社报道，本文由AI生成。', 'zh', 'none'],
    ]);
  });

  it('pairs the AI with the act before a comma, not the reviewer after it', () => {
    check([
      ["L'article a été écrit par un outil d'IA générative, puis relu par nos soins.", 'fr', 'ai-generated'],
      ["En bref (résumé généré par l'IA, vérifié par la rédaction)", 'fr', 'ai-summary', 'summary-box'],
      ["In breve: riassunto a cura dell'intelligenza artificiale, verificato dalla redazione", 'it', 'ai-summary', 'summary-box'],
    ]);
  });

  it('reads a note that opens with its act, and help in a byline as assistance', () => {
    check([
      ['Redactado por Marta Gil con la asistencia de una IA.', 'es', 'ai-assisted'],
      ['Redactado por Marta Gil con la asistencia de una IA.', 'es', 'ai-assisted', 'byline'],
      ['Hemos utilizado IA en la revisión final.', 'es', 'ai-assisted'],
    ]);
  });

  it('lets a Japanese note end its clause before a caveat (…もので、…保証されません)', () => {
    check([['本ページの日本語は機械翻訳によるもので、内容の正確性は保証されません。', 'ja', 'ai-assisted']]);
  });

  it('reads chatbot leaks in these languages', () => {
    check([
      ["N'hésitez pas à me dire si vous souhaitez que je modifie le ton ou la longueur de cet article !", 'fr', 'suspected-ai'],
      ['Como um modelo de linguagem de IA, não consigo acessar links nem navegar na internet.', 'pt', 'suspected-ai'],
      ['私はリアルタイムの情報にアクセスできませんが、このテーマについてお伝えできることは以下のとおりです。', 'ja', 'suspected-ai'],
      ['我无法获取实时信息，但以下是我能告诉你的关于这个话题的内容。', 'zh', 'suspected-ai'],
    ]);
  });
});

describe('paraphrase matrix b: what must not fire', () => {
  it('job ads, events and surveys about AI text', () => {
    check([
      ['Nous recrutons un rédacteur chargé de vérifier les textes générés par IA.', 'fr', 'none'],
      ["Cercasi redattore per revisionare testi generati dall'intelligenza artificiale.", 'it', 'none'],
      ['Vaga: revisor de textos gerados por inteligência artificial.', 'pt', 'none'],
      ['AIが生成した記事をチェックする編集アシスタントを募集しています。', 'ja', 'none'],
      ['招聘：AI生成内容审核编辑', 'zh', 'none'],
      ['AI 생성 기사 검수 담당 기자를 모집합니다.', 'ko', 'none'],
      ['セミナー「生成AIで記事を書く」を開催します。', 'ja', 'none'],
    ]);
  });

  it('questions, hypotheticals, what the reader can do, and product offers', () => {
    check([
      ["Podcast: un articolo scritto da un'IA può vincere un premio giornalistico?", 'it', 'none'],
      ['ポッドキャスト：AIが書いた記事はジャーナリズム賞を受賞できるか', 'ja', 'none'],
      ['もしこの記事がAIによって書かれていたとしたら、あなたは気づくでしょうか。', 'ja', 'none'],
      ['Con nuestra IA puedes generar artículos de blog en segundos.', 'es', 'none'],
      ['Nuestra plataforma ofrece plantillas creadas con la ayuda de inteligencia artificial.', 'es', 'none'],
      ['一键生成爆款文章，AI写作助手帮你轻松搞定！', 'zh', 'none'],
    ]);
  });

  it("a person's own words that read like a chatbot's", () => {
    check([
      ["N'hésitez pas à me dire ce que vous en pensez en commentaire.", 'fr', 'none'],
      ['ご質問があれば、お気軽にお問い合わせください。', 'ja', 'none'],
      ['Depuis ce matin, je ne peux pas accéder au site des impôts.', 'fr', 'none'],
      ['如果您需要修改订单，请告诉我们。', 'zh', 'none'],
    ]);
  });
});

describe('paraphrase matrix b: the tune half as a whole (a regression floor, not a target)', () => {
  it('keeps its recall and exact category, and fires on none of its negatives', () => {
    const rows = readParaphrases(join(REPO_ROOT, 'data', 'paraphrase')).filter((r) => r.file.startsWith('b-fr-es-it-pt-ja-zh-ko.jsonl') && r.half === 'tune');
    const scored = rows.map((r) => ({ r, got: verdict(r.text, r.lang, r.placement, r.label), want: LABEL_TO_VERDICT[r.label] ?? (['none'] as Verdict[]) }));
    const pos = scored.filter((s) => s.r.label !== 'negative');
    const neg = scored.filter((s) => s.r.label === 'negative');
    const declared = pos.filter((s) => s.r.label !== 'chatbot_artifact');
    const recall = declared.filter((s) => s.got !== 'none').length / declared.length;
    const exact = pos.filter((s) => s.want.includes(s.got)).length / pos.length;
    expect(rows.length).toBeGreaterThan(280);
    expect(recall).toBeGreaterThanOrEqual(0.98);
    expect(exact).toBeGreaterThanOrEqual(0.96);
    expect(neg.filter((s) => s.got !== 'none').map((s) => s.r.text)).toEqual([]);
  });
});
