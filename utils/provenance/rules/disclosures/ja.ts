import type { LanguagePack } from '../types';

const C = '[^。！？!?]';

/** A keyword only the hand rule for a site run by AI needs (since 1.17.0): the grammar's gate leaves it out (grammar-gate.ts). */
export const RULES_ONLY_JA_HINTS = ['運営'];

export const ja: LanguagePack = {
  lang: 'ja',
  hints: ['作成', '生成', '執筆', '制作', '翻訳', '要約', '書', ...RULES_ONLY_JA_HINTS, '決算サマリー', 'ディープラーニング', '深層学習'],
  vocab: {
    AI: '生成AI|AI|人工知能|ChatGPT|GPT|大規模言語モデル|LLM',
    SELF: 'この記事|本記事|本稿|当サイト|この文章|本文|記事|※',
  },
  negation: '(?:ない|ません|なし|せず|ずに|禁止|ではなく)',
  // という reports only at the end of a sentence ("…作成されたという。"); mid-sentence it is "that/called" (という点).
  // A job ad or an event around the match is about others' AI text; a question ending (…できるか) asks, it does not declare.
  attribution: '(?:によると|し始め|を開始|を導入|と述べ|と語|と話|という(?=\\s*(?:[。．！!]|$))|と指摘|と説明|と発表|と明らかに|と報じ|と伝え|によれば|募集|求人|開催|(?:でしょう|だろう|できる|ます)?か(?=\\s*[。？?]?\\s*$))',
  hypothetical: '(?:場合|予定|べき|なら|かどうか|問わず|もし|としたら|とすれば|たら、)',
  assistCues: '(?:支援|補助|アシスト|翻訳|一部)',
  summaryCues: '(?:要約|サマリー|まとめ)',
  imageCues: '(?:画像|写真|イラスト|動画)',
  rules: [
    {
      id: 'ai-used-to-create',
      category: 'ai-generated',
      mode: 'self-or-short',
      pattern: `(?:{AI})(?:技術)?${C}{0,4}?(?:を|で)?(?:使用|活用|利用|用い)${C}{0,40}?(?:作成|生成|執筆|自動生成|制作|翻訳|要約)`,
      weight: 0.95,
    },
    {
      // Since 1.17.0: "このブログはすべてAIエージェントにより運営されています": a site run by AI.
      id: 'site-run-by-ai',
      category: 'ai-generated',
      mode: 'self-or-short',
      pattern: `(?:このブログ|このサイト|当サイト|本サイト|当ブログ|本ブログ|このメディア|当メディア)は${C}{0,10}?(?:{AI})${C}{0,12}?(?:により|によって)運営`,
      weight: 0.9,
    },
    {
      id: 'ai-created',
      category: 'ai-generated',
      mode: 'self-or-short',
      pattern: `(?:{AI})(?:が|により|によって|で)(?:作成|生成|執筆|自動生成|書)`,
      weight: 0.9,
    },
    {
      id: 'automated',
      category: 'automated',
      mode: 'self-or-short',
      pattern: `(?:自動(?:で|的に)?(?:作成|生成|執筆)|決算サマリー)`,
      weight: 0.8,
      upgradeOnAI: true,
    },
  ],
};
