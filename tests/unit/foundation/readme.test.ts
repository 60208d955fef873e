import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWhatIsSent } from '@/utils/coverage/privacy';
import { PROVIDER_IDS } from '@/utils/coverage/types';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('says exactly what each related-coverage source receives, in the words the options page shows', () => {
    for (const id of PROVIDER_IDS) expect(readme).toContain(describeWhatIsSent(id));
  });

  it('explains every permission the manifest asks for', async () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const permissions = /permissions: \[([^\]]*)\]/.exec(config)![1]!.match(/'([^']+)'/g)!.map((p) => p.slice(1, -1));
    expect(permissions.length).toBeGreaterThan(0);
    const table = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Privacy'));
    for (const p of [...permissions, 'optional_host_permissions']) expect(table).toContain(`\`${p}\``);
  });
});
