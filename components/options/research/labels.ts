import { t } from '@/utils/browser/i18n';
import type { Verdict } from '@/utils/provenance/types';

export const verdictLabel = (v: Verdict): string => t(`verdict_${v.replace(/-/g, '_')}`);
