import type { LanguagePack } from './types';
import { da } from './disclosures/da';
import { de } from './disclosures/de';
import { en } from './disclosures/en';
import { es } from './disclosures/es';
import { fr } from './disclosures/fr';
import { it } from './disclosures/it';
import { ja } from './disclosures/ja';
import { ko } from './disclosures/ko';
import { nl } from './disclosures/nl';
import { no } from './disclosures/no';
import { pt } from './disclosures/pt';
import { sv } from './disclosures/sv';
import { zh } from './disclosures/zh';

/** Every language the detector reads disclosures in; add a file and list it here. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, de, fr, es, it, pt, nl, sv, no, da, zh, ja, ko];

export { CHATBOT_HINTS, CHATBOT_RULES } from './chatbot';
export type { ChatbotRuleSpec, DisclosureRuleSpec, LanguagePack, RuleMode } from './types';
