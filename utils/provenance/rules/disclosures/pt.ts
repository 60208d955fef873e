import type { LanguagePack } from '../types';
import { G } from './shared';

export const pt: LanguagePack = {
  lang: 'pt',
  hints: ['GPT', 'LLM', '\\bAI\\b', 'I\\.A\\.', 'modelos? de linguagem', '\\bIA\\b', 'intelig[êe]ncia', 'modelo de linguagem', 'autom[áa]tic', 'aprendiza', 'gerador', 'conversaciona', 'geração de linguagem'],
  vocab: {
    AI: 'IA(?![a-z])|I\\.A\\.|AI(?![a-z])|intelig[êe]ncia artificial|ChatGPT|GPT-?\\d\\w*|LLM|modelos? de linguagem',
    SELF:
      '(?:este|esta|o presente|a presente) (?:artigo|texto|conte[úu]do|mat[ée]ria|not[íi]cia|reportagem|p[áa]gina|resumo|tradu[çc][ãa]o|coluna|publica[çc][ãa]o)' +
      '|(?:todo o|o) conte[úu]do (?:deste|do nosso) (?:site|portal)|nossos (?:artigos|textos|conte[úu]dos)',
    BE: 'foi|foram|é|são|era|eram|tem sido|t[êe]m sido|est[áa]|est[ãa]o',
    GEN: 'gerad[oa]s?|escrit[oa]s?|produzid[oa]s?|criad[oa]s?|elaborad[oa]s?|redigid[oa]s?|feit[oa]s?',
    ASSIST: 'traduzid[oa]s?|editad[oa]s?|revisad[oa]s?|assistid[oa]s?|resumid[oa]s?|corrigid[oa]s?|apoiad[oa]s?',
    BY: 'por|pela|pelo|com|usando|utilizando|atrav[ée]s d[aeo]|por meio d[aeo]|via',
  },
  negation: '\\b(?:n[ãa]o|nunca|jamais|nenhum\\w*|nenhuma|sem|nem|nada|proibid[oa]s?|desaconselh\\w*)\\b',
  attribution: '\\b(?:segundo|disse|afirmou|explicou|declarou|conforme|diz|afirma|de acordo com)\\b',
  hypothetical: '\\b(?:ser[áa]|ser[ãa]o|seria|poder[áa]|poderia|deve|devem|se|quando|indicar[áa]|seja|independentemente)\\b',
  assistCues: '(?:aux[íi]lio|apoio|ajuda|assist[êe]ncia|ferramentas?|em parte|parcialmente|tradu\\w*)',
  summaryCues: '(?:resumo|s[íi]ntese|pontos[- ]chave)',
  imageCues: '(?:\\bimage[mn]s?\\b|\\bfotos?\\b|ilustra[çc][ãa]o|v[íi]deo)',
  rules: [
    {
      id: 'self-generated',
      category: 'ai-generated',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,80}?\\b(?:{BE}) ${G}{0,30}?(?:{GEN})\\b${G}{0,60}?\\b(?:{BY})\\b${G}{0,40}?(?:{AI})`,
      weight: 0.95,
    },
    {
      id: 'self-assisted',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,80}?\\b(?:{BE}) ${G}{0,30}?(?:{ASSIST})\\b${G}{0,60}?\\b(?:{BY})\\b${G}{0,40}?(?:{AI})`,
      weight: 0.9,
    },
    {
      id: 'first-person-with-ai',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `\\b(?:meus|minhas) (?:textos|artigos|colunas|mat[ée]rias|posts) (?:{BE}) (?:{GEN}|{ASSIST})${G}{0,30}?\\b(?:{BY})\\b${G}{0,30}?(?:{AI})`,
      weight: 0.85,
    },
    {
      id: 'label-generated',
      category: 'ai-generated',
      mode: 'label',
      pattern: `^(?:(?:conte[úu]do|texto|artigo) )?(?:gerad[oa]|produzid[oa]|criad[oa]|escrit[oa]) (?:automaticamente )?(?:por|com) (?:a |uma )?(?:{AI})`,
      weight: 0.85,
    },
  ],
};
