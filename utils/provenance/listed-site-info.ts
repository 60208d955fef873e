const NEWSGUARD_2023 = 'https://www.newsguardtech.com/special-reports/newsbots-ai-generated-news-websites-proliferating/';

/** Names and citations of the shipped listed sites, read where a report is shown (not in the content script). */
export const LISTED_SITE_INFO: Record<string, { name: string; source: string }> = {
  'celebritiesdeaths.com': { name: 'CelebritiesDeaths.com', source: NEWSGUARD_2023 },
  'bestbudgetusa.com': { name: 'BestBudgetUSA.com', source: NEWSGUARD_2023 },
  'countylocalnews.com': { name: 'CountyLocalNews.com', source: NEWSGUARD_2023 },
  'famadillo.com': { name: 'Famadillo.com', source: NEWSGUARD_2023 },
  'getintoknowledge.com': { name: 'GetIntoKnowledge.com', source: NEWSGUARD_2023 },
  'theworldcanvas.com': { name: 'The World Canvas (declares all content AI-generated)', source: 'https://theworldcanvas.com/ai-disclosure' },
  'tanuki-news.com': { name: 'Tanuki News (declares AI-generated articles)', source: 'https://tanuki-news.com/about-ai-generation' },
  'ainyheterna.se': { name: 'AI|Nyheterna (AI journalist bylines)', source: 'https://ainyheterna.se/' },
  'nyhetsveckan.se': { name: 'Nyhetsveckan.se (fictional news site with 100% AI-generated content)', source: 'https://www.nyhetsveckan.se/om-pa-riktigt' },
  'sain-et-naturel.ouest-france.fr': { name: 'Sain et Naturel (GenAI site found by Next)', source: 'https://www.arretsurimages.net/articles/sur-le-site-de-ouest-france-des-contenus-ecrits-en-partie-par-lia' },
};
