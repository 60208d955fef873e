import type { LetterStrings } from './types';

// French puts a no-break space before the colon and inside guillemets.
export const fr: LetterStrings = {
  locale: 'fr-FR',
  open: '«\u00a0',
  close: '\u00a0»',
  colon: '\u00a0:',
  subject: 'Demande de correction\u00a0: {headline}',
  subjectNoHeadline: 'Demande de correction pour un article de {site}',
  greetingSite: 'À l’attention de la rédaction de {site}\n\nMadame, Monsieur,',
  greeting: 'Madame, Monsieur,',
  intro: 'Je souhaite vous signaler ce qui me semble être une inexactitude dans l’un de vos articles.',
  article: 'Article',
  url: 'Adresse',
  published: 'Publié le',
  passageLink: 'Lien vers le passage',
  quote: 'Le passage',
  problem: 'Ce qui est inexact',
  correction: 'Correction proposée',
  sources: 'Sources',
  provenance: 'Mention d’IA sur la page',
  provenanceNote: 'La page indique elle-même\u00a0:',
  closing: 'Je vous remercie par avance de l’attention que vous porterez à ce signalement.',
  signOff: 'Cordialement,',
  footer: 'Rédigé avec Provenance Lens.',
  truncatedNote:
    '[…] Ce message a été raccourci pour tenir dans un lien e-mail. Le signalement complet a été copié dans le presse-papiers\u00a0: collez-le ici.',
  verdicts: {
    'ai-generated': 'La page indique que son contenu a été généré par une IA.',
    'ai-assisted': 'La page indique qu’elle a été rédigée avec l’aide d’une IA.',
    automated: 'La page indique qu’elle a été produite automatiquement.',
    'ai-summary': 'La page comporte un résumé produit par une IA.',
    'suspected-ai': 'La page présente des signes de texte généré par IA, sans mention.',
    none: 'Aucun signe d’IA n’a été trouvé sur la page.',
  },
  evidence: {
    'disclosure-text': 'une mention sur la page',
    'meta-marker': 'les métadonnées de la page',
    'chatbot-leak': 'une formule typique d’un agent conversationnel',
    'listed-site': 'le site figure sur une liste publique de sites d’actualité générés par IA',
  },
};
