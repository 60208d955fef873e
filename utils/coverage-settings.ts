import type { CoverageSettings } from './coverage/types';
import { userOutlet } from './coverage/outlets';
import type { Settings } from './settings';

/** The coverage pipeline's settings from what the user stored. */
export function coverageSettingsFrom(settings: Settings): CoverageSettings {
  const c = settings.coverage;
  return {
    providers: c.guardianKey ? c.providers : c.providers.filter((p) => p !== 'guardian'),
    guardianKey: c.guardianKey || undefined,
    endpoints: c.endpoints,
    extraOutlets: c.addedOutlets.flatMap((o) => userOutlet(o.host, o.name, { country: o.country }) ?? []),
    removedOutlets: c.removedOutlets,
  };
}
