/** Writes utils/provenance/rules/hint-pattern.ts: the keyword test the content script runs on page text. */
import { writeFileSync } from 'node:fs';
import { hintPatternModule } from '../utils/provenance/rules/grouped-alternation';

writeFileSync(new URL('../utils/provenance/rules/hint-pattern.ts', import.meta.url), hintPatternModule());
