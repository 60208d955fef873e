import type { LanguagePack } from '../types';

const C = '[^。！？!?]'; // inside one sentence

export const zh: LanguagePack = {
  lang: 'zh',
  hints: ['生成', '撰写', '写作', '创作', '编写', '产生', '翻译', '(?:AI|人工智能|模型|GPT|智能体|机器人)[^。]{0,20}完成'],
  vocab: {
    AI: 'AIGC|AI|人工智能|生成式AI|生成式人工智能|大模型|大语言模型|ChatGPT|GPT|智能体|机器人',
    SELF: '本文|本篇|此文|该文|此内容|本内容|内容|文章|摘要|本站',
  },
  // As words: not 不断/不仅/不少/不同/不久/不过/不但 (constantly, not only, many…), 非常 (very), 未来 (future), 无论 (regardless).
  negation: '(?:不(?![断仅少同久过但])|没有|非(?!常)|未(?!来)|无(?!论)|并非|禁止)',
  // Reporting verbs as words, not as characters of other words: 说明 (a note, as in "说明：本文由AI生成"),
  // 小说 (novel), 数据/证据/依据/根据 (data, evidence, basis, based on: "根据…报道" still reports), 名称/简称/称为 (name, called).
  // "欢迎指出" (please point out errors) closes a note; "指出" alone reports.
  attribution: '(?:(?<![名简对俗昵职])称(?!为)|表示|注明|宣布|推出|(?<!小)说(?!明)|(?<![数证依占单票收字根])据|根据[^，。]{0,20}?(?:报道|報導|消息|称|稱|表示|透露)|报道|(?<!(?:欢迎|歡迎|敬请|敬請|请|請)(?:直接)?)指出|透露)',
  hypothetical: '(?:如果|若|将会|应当|必须|无论|無論|不论|不論|是否)',
  assistCues: '(?:辅助|协助|帮助|翻译|部分)',
  summaryCues: '(?:摘要|总结|要点)',
  imageCues: '(?:图片|图像|配图|插图|照片|视频)',
  rules: [
    {
      id: 'self-generated',
      category: 'ai-generated',
      mode: 'self-or-short',
      pattern: `(?:{SELF})${C}{0,20}?(?:由|使用|利用|通过|借助|采用|经)${C}{0,30}?(?:{AI})${C}{0,20}?(?:生成|撰写|写作|创作|编写|产生|完成|翻译)`,
      weight: 0.95,
    },
    {
      // Since 1.23.0: a note that this content was generated from a source, naming no one ("此内容根据文章生成，仅用于文章内容的解释与
      // 总结"): people write (撰写, 整理) a text, programs generate (生成) it, as "automatically generated" names its own actor.
      id: 'self-generated-from',
      category: 'automated',
      mode: 'self-or-short',
      blockCues: true,
      pattern: `^[\\s*#>【（(「"“]{0,3}(?:此|本|以下|以上|该|該)(?:内容|內容|摘要|总结|總結)(?:根据|基于|依据|根據|基於|依據)${C}{1,20}?(?:自动|自動)?生成`,
      weight: 0.85,
    },
    {
      id: 'label-generated',
      category: 'ai-generated',
      mode: 'label',
      pattern: `^(?:(?:此|本)?内容)?(?:由|为)?\\s*(?:{AI})\\s*(?:辅助)?\\s*(?:生成|创作|撰写)(?:内容|摘要)?`,
      weight: 0.85,
    },
  ],
};
