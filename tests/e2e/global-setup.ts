import { execFileSync } from 'node:child_process';

/** One test build per run, for both browsers (PL_E2E=1 adds the test-only web_accessible_resources). */
export default function setup(): void {
  if (process.env.PL_E2E_SKIP_BUILD === '1') return;
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync('npx', ['wxt', ...args], { stdio: 'inherit', env: { ...process.env, PL_E2E: '1' } });
  }
}
