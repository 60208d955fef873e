import { VERDICTS } from '../../../utils/provenance/types';
export { PROVIDER_IDS } from '../../../utils/coverage/types';
export const VERDICTS_FOR_TEST = VERDICTS;
