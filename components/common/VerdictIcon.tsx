import type { Verdict } from '@/utils/provenance/types';

/**
 * A distinct shape per verdict, so colour is never the only cue (the verdict is also
 * always written out next to it). Decorative: hidden from assistive technology.
 */
export function VerdictIcon({ verdict }: { verdict: Verdict | 'not-article' }) {
  return (
    <svg class="pl-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {shape(verdict)}
    </svg>
  );
}

function shape(verdict: Verdict | 'not-article') {
  switch (verdict) {
    case 'ai-generated':
      // A warning triangle with a bar.
      return (
        <>
          <path d="M8 1.5 15 14.5H1Z" fill="currentColor" />
          <path d="M7.25 6h1.5v4.5h-1.5zM7.25 11.5h1.5V13h-1.5z" fill="var(--pl-icon-cut, #fff)" />
        </>
      );
    case 'ai-assisted':
      // A half-filled circle: partly AI.
      return (
        <>
          <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" />
          <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5Z" fill="currentColor" />
        </>
      );
    case 'automated':
      // A square with gear teeth.
      return (
        <>
          <rect x="3" y="3" width="10" height="10" rx="1.5" fill="currentColor" />
          <path d="M7 0.5h2V3H7zM7 13h2v2.5H7zM0.5 7H3v2H0.5zM13 7h2.5v2H13z" fill="currentColor" />
        </>
      );
    case 'ai-summary':
      // Lines of text: a summary box.
      return (
        <>
          <rect x="1.75" y="1.75" width="12.5" height="12.5" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5" />
          <path d="M4.5 5h7v1.5h-7zM4.5 8h7v1.5h-7zM4.5 11h4v1.5h-4z" fill="currentColor" />
        </>
      );
    case 'suspected-ai':
      // A diamond: a question, not a finding.
      return <path d="M8 0.75 15.25 8 8 15.25 0.75 8Z" fill="none" stroke="currentColor" stroke-width="1.75" />;
    case 'none':
      return <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" />;
    case 'not-article':
      return <path d="M3 8h10" stroke="currentColor" stroke-width="1.75" />;
  }
}
