import type { LanguagePack } from '../types';

import { G } from './shared';

export const en: LanguagePack = {
  lang: 'en',
  hints: [
    '\\bA\\.?I\\b', 'artificial', 'language model', '\\bLLM', 'GPT', 'automat', 'robot', 'algorithm', 'experimental', 'evolving',
    'computer', 'software', 'template', 'using data', 'gemini', 'claude', 'copilot', 'openai', 'machine learning', 'bot\\b',
    'K\\.I\\.', 'I\\.A\\.', '机器人', '智能体', 'auto(?:-|\\s)(?:generated|written|created)', 'collaboration between', '\\(KI\\)',
  ],
  vocab: {
    AI: 'A\\.?I\\.?(?![a-z])|artificial[- ]intelligence|(?:large )?language models?|LLMs?\\b|ChatGPT|GPT-?\\d\\w*|OpenAI|Gemini|Claude|Copilot|generative AI|machine learning|robots?\\b',
    SELF:
      'this (?:(?:entire|whole|full|very) )?(?:article|story|post|piece|page|report|text|content|summary|column|blog post|newsletter|item|translation|version|news (?:story|item|article)|website|site|briefing|recap|analysis|explainer)' +
      '|the (?:content|text|copy) (?:of|on) this (?:page|article|site|website)' +
      '|(?:all |the )?(?:content|articles|stories|news|texts?|posts) (?:published )?(?:on|of|at|in) (?:this|our) (?:site|website|page|blog|portal|platform|publication)' +
      '|our (?:articles|stories|content|news(?: articles)?|reports|posts)' +
      '|^\\s*all (?:of )?(?:our |the )?(?:content|articles|stories|news)',
    BE: 'was|were|is|are|has been|have been|had been|been|being|gets?|got',
    GEN: 'generated|written|created|produced|composed|authored|drafted|compiled|assembled|made|prepared|crafted|put together',
    ASSIST:
      'edited|translated|assisted|supported|augmented|enhanced|improved|optimi[sz]ed|proofread|polished|refined|revised|reworked|summari[sz]ed|curated|rewritten|co-?written|co-?authored|aided',
    BY: 'by|with|using|through|via|from|utili[sz]ing|leveraging|thanks to|powered by|with the (?:help|aid|assistance|support) of',
    TECH: 'system|tool|model|engine|program|software|technology|assistant|platform',
    CAVEAT: 'accura|inaccura|errors?\\b|mistakes?\\b|guarantee',
  },
  negation:
    // Policy verbs refuse like "not" does ("We discourage using AI to create…", "AI-written copy is banned").
    "\\b(?:not|never|no|nothing|none|neither|nor|without|cannot|discourage[sd]?|prohibit(?:s|ed)?|forbid(?:s|den)?|banned|bans)\\b|n['’]t\\b|\\bhuman[- ](?:written|made|created|authored)\\b|\\bby humans\\b",
  attribution:
    '\\b(?:said|says|told|alleges?|alleged|according to|claims?|claimed|wrote|writes|reported|admitted|insisted|argued|argues|stated|acknowledged|revealed|found that|lawsuit|complaint)\\b',
  hypothetical: '\\b(?:will|would|should|must|could|might|may be|plans? to|if|whenever|unless|when we|whether)\\b',
  assistCues:
    '\\b(?:assistance|assisted|support(?:ed)?|tools?|partly|partially|in part|parts of|portions? of|some (?:parts|sections)|translat\\w*|collaborat\\w*)\\b',
  summaryCues:
    '\\b(?:summary|summaries|summari[sz]ed?|key points|takeaways|highlights|bullet points|tl;?dr|recap|(?<!automated )insights)\\b',
  imageCues: '\\b(?:image|images|photo|photos|picture|illustration|graphic|artwork|video|thumbnail|cover art)\\b',
  humanReview:
    '\\b(?:edited|fact-checked|reviewed|checked|verified)\\b[^.!?]{0,40}\\b(?:editors?|journalists?|staff|humans?|reporters?|newsroom)\\b',
  rules: [
    {
      id: 'self-generated',
      category: 'ai-generated',
      mode: 'self',
      pattern: `\\b(?:{SELF})\\b${G}{0,80}?\\b(?:{BE})\\b${G}{0,30}?\\b(?:{GEN})\\b${G}{0,60}?\\b(?:{BY})\\b${G}{0,40}?(?:{AI})`,
      weight: 0.95,
    },
    {
      // Since 1.17.0: a site or blog run by AI ("This blog is run entirely by AI agents"): everything on it is the AI's.
      id: 'site-run-by-ai',
      category: 'ai-generated',
      mode: 'self',
      pattern: `\\b(?:this|our) (?:blog|site|website|newsletter|channel|publication|magazine)\\b${G}{0,30}?\\b(?:is|are|has been)\\b${G}{0,20}?\\b(?:run|operated|managed|maintained)\\b${G}{0,20}?\\bby\\b${G}{0,30}?(?:{AI})`,
      weight: 0.9,
    },
    {
      id: 'self-assisted',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `\\b(?:{SELF})\\b${G}{0,80}?\\b(?:{BE})\\b${G}{0,30}?\\b(?:{ASSIST})\\b${G}{0,60}?\\b(?:{BY})\\b${G}{0,40}?(?:{AI})`,
      weight: 0.9,
    },
    {
      id: 'ai-made-this',
      category: 'ai-generated',
      mode: 'self',
      pattern: `(?:{AI})(?: (?:{TECH}))?${G}{0,30}?\\b(?:generated|wrote|created|produced|authored|drafted|composed|compiled|assembled|made) (?:(?:the|all) (?:content|text|copy) (?:of|on|for|in) )?(?:{SELF})\\b`,
      weight: 0.95,
    },
    {
      id: 'ai-edited-this',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `(?:{AI})(?: (?:{TECH}))?${G}{0,30}?\\b(?:edited|translated|summari[sz]ed|assisted (?:with|in)) (?:{SELF})\\b`,
      weight: 0.9,
    },
    {
      id: 'self-ai-adjective',
      category: 'ai-generated',
      mode: 'self',
      pattern: `\\b(?:{SELF})\\b${G}{0,40}?\\b(?:{BE}) (?:\\w+ ){0,2}?(?:AI|A\\.I\\.)[- ](?:generated|written|created|produced|authored)\\b`,
      weight: 0.9,
    },
    {
      id: 'self-ai-assisted-adjective',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `\\b(?:{SELF})\\b${G}{0,40}?\\b(?:{BE}) (?:\\w+ ){0,2}?(?:AI|A\\.I\\.)[- ](?:assisted|edited|translated|enhanced|supported|aided)\\b`,
      weight: 0.9,
    },
    {
      id: 'summary-generated',
      category: 'ai-summary',
      mode: 'self',
      pattern: `\\b(?:the|this|these|our) (?:summary|key points|key takeaways|takeaways|highlights|bullet points|recap|tl;?dr)\\b${G}{0,60}?\\b(?:{BE})\\b${G}{0,30}?\\b(?:{GEN}|{ASSIST})\\b${G}{0,60}?\\b(?:{BY})\\b${G}{0,40}?(?:{AI})`,
      weight: 0.9,
    },
    {
      id: 'label-generated',
      category: 'ai-generated',
      mode: 'label',
      pattern: `^(?:(?:AI|A\\.I\\.)[- ](?:generated|written|created|produced|authored)(?: (?:content|article|story|text|news|report|post))?|(?:(?:this )?(?:content|article|story|text|news|report|post|image|photo|picture|illustration|video|graphic|artwork) )?(?:generated|written|created|produced|made)(?: or (?:modified|edited|altered|enhanced))? (?:entirely |fully |automatically )?(?:by|with|using) (?:an? )?(?:{AI})(?: (?:{TECH}))?)$`,
      weight: 0.85,
    },
    {
      id: 'label-assisted',
      category: 'ai-assisted',
      mode: 'label',
      pattern: `^(?:(?:AI|A\\.I\\.)[- ](?:assisted|edited|enhanced|supported|translated|aided)(?: and \\S+)?(?: (?:content|article|story|text|report))?|(?:(?:this )?(?:content|article|story|text) )?(?:created|written|produced|made|translated|edited) with (?:the )?(?:help|assistance|support|aid) of (?:an? )?(?:{AI})(?: (?:{TECH}))?)$`,
      weight: 0.85,
    },
    {
      id: 'label-summary',
      category: 'ai-summary',
      mode: 'label',
      pattern: `^(?:(?:AI|A\\.I\\.)[- ](?:generated |powered )?(?:summary|key points|takeaways|highlights|recap)|(?:live )?(?:summary|key points|takeaways|highlights|recap) (?:generated|created|powered|written|produced) (?:by|with) (?:{AI}))$`,
      weight: 0.85,
    },
    {
      id: 'byline-ai-persona',
      category: 'ai-generated',
      mode: 'byline',
      pattern: `(?:\\b(?:AI|A\\.I\\.)[- ]?(?:journalist|reporter|writer|author|correspondent|newsroom|bot)\\b|\\b(?:bot|robot)\\s*$|\\((?:AI|KI)\\)\\s*$)`,
      weight: 0.8,
      explanation: 'The byline names an AI persona as the author.',
    },
    {
      id: 'we-use-ai-to-write',
      category: 'ai-generated',
      mode: 'self',
      pattern: `\\bwe (?:use|used|have used|employ|rely on|utili[sz]e|leverage) (?:{AI})${G}{0,40}?\\bto (?:generate|write|create|produce|draft|compose|summari[sz]e|translate) (?:this|these|our|the|all) (?:articles?|stor(?:y|ies)|content|news|posts?|reports?|texts?|summar(?:y|ies)|copy)`,
      weight: 0.85,
    },
    {
      id: 'first-person-with-ai',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `(?:\\bI (?:have )?(?:wrote|written|created|generated|drafted|made|produced|edited|translated|put together) (?:{SELF})${G}{0,40}?\\b(?:with|using|via|through)\\b${G}{0,30}?(?:{AI})|\\bmy (?:texts?|articles?|posts?|columns?|stories|writing|pieces) (?:{BE})${G}{0,30}?\\b(?:{GEN}|{ASSIST})\\b${G}{0,30}?\\b(?:{BY})\\b${G}{0,30}?(?:{AI}))`,
      weight: 0.85,
      explanation: 'The author says they wrote this with AI help.',
    },
    {
      id: 'correction-ai-edit',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `(?:\\b(?:was|were|had been) originally (?:edited|written|drafted|generated|produced|prepared|translated) (?:{BY}) (?:an? )?(?:{AI})|\\b(?:an?|the) (?:AI|A\\.I\\.|artificial[- ]intelligence|generative AI)[- ](?:tool|assistant|model|system|program) (?:that|which) we (?:\\w+ )?(?:use|used))`,
      weight: 0.8,
      explanation: 'A correction note says AI was used on this article.',
    },
    {
      id: 'experimental-technology-caveat',
      category: 'ai-generated',
      mode: 'self',
      pattern:
        '\\b(?:(?:experimental|evolving)(?:,? (?:and )?(?:experimental|evolving|new))? technology|experimental nature of (?:this|the|our) technology|experimental new version of reporting)\\b',
      weight: 0.6,
      explanation: 'An accuracy caveat about an "experimental technology" producing this content.',
      ignoreNegation: true,
      blockCues: true,
      requireInBlock: 'CAVEAT',
    },
    {
      id: 'self-automated',
      category: 'automated',
      mode: 'self',
      pattern: `\\b(?:{SELF})\\b${G}{0,80}?\\b(?:{BE})\\b${G}{0,30}?\\b(?:generated|written|created|produced|compiled) (?:automatically|by (?:an? )?(?:algorithm|computer|software|automated \\w+|template)|using (?:automation|automated|an? algorithm|data))`,
      weight: 0.85,
      upgradeOnAI: true,
    },
    {
      id: 'label-automated',
      category: 'automated',
      mode: 'label',
      pattern: '^(?:automatically|auto)[- ](?:generated|written|created)\\b',
      weight: 0.75,
      upgradeOnAI: true,
    },
    {
      id: 'human-machine-collaboration',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `\\b(?:{SELF})\\b${G}{0,60}?\\bcollaboration between (?:humans?|journalists?|editors?) and (?:machines?|{AI})`,
      weight: 0.8,
      explanation: 'The page says its content is a collaboration between people and AI.',
    },
  ],
};
