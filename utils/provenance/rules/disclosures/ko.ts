import type { LanguagePack } from '../types';

const C = '[^.!?。]';

export const ko: LanguagePack = {
  lang: 'ko',
  hints: ['생성', '작성', '제작', '자동', '로봇'],
  vocab: {
    AI: '생성형\\s*AI|AI|인공지능|챗GPT|ChatGPT|GPT',
    SELF: '이\\s*기사|본\\s*기사|이\\s*글|본\\s*콘텐츠|이\\s*콘텐츠|이\\s*요약',
  },
  negation: '(?:않|아니|아닙|아님|없|금지|못)',
  attribution: '(?:라고|에\\s*따르면|밝혔|말했|전했)',
  hypothetical: '(?:경우|예정|할\\s*것|해야|여부|관계없이)',
  assistCues: '(?:도움|지원|보조|번역|일부)',
  summaryCues: '(?:요약)',
  imageCues: '(?:이미지|사진|그림|영상)',
  rules: [
    {
      id: 'self-generated',
      category: 'ai-generated',
      mode: 'self-or-short',
      pattern: `(?:{SELF})${C}{0,60}?(?:{AI})${C}{0,60}?(?:생성|작성|제작)(?:되었|됐|된|했|하였)`,
      weight: 0.95,
    },
    {
      id: 'automated',
      category: 'automated',
      mode: 'self-or-short',
      pattern: `(?:자동\\s*생성\\s*알고리즘|로봇\\s*기자)${C}{0,40}?(?:작성|생성)?`,
      weight: 0.85,
      upgradeOnAI: true,
    },
  ],
};
