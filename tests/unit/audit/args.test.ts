import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../cli/audit/args';

describe('audit arguments', () => {
  it('defaults --jobs to the cores and reads the archive, resume and queue options', () => {
    expect(parseArgs(['a.warc.gz'], 6)).toMatchObject({ mode: 'audit', jobs: 6, inputs: ['a.warc.gz'], output: null, resume: false });
    expect(parseArgs(['--jobs=2', '--output', 'o.ndjson', '--resume', 'a.warc'], 6)).toMatchObject({ mode: 'audit', jobs: 2, output: 'o.ndjson', resume: true });
    expect(parseArgs(['--queue', 'redis://h:1', '--enqueue', '--paths', 'warc.paths.gz', '--prefix', 'https://data.commoncrawl.org/'], 2)).toMatchObject({
      mode: 'enqueue', paths: 'warc.paths.gz', prefix: 'https://data.commoncrawl.org/', shards: [],
    });
    expect(parseArgs(['--queue', 'redis://h:1', '--work', '--out-dir', 'out', '--until-empty', '--lock-ms', '2000'], 2)).toMatchObject({
      mode: 'work', outDir: 'out', untilEmpty: true, lockMs: 2000,
    });
    expect(parseArgs(['--summary', 'o.ndjson', '--top', '5'], 2)).toMatchObject({ mode: 'summary', file: 'o.ndjson', top: 5 });
  });

  it('refuses what cannot work', () => {
    for (const argv of [
      ['--resume', 'a.warc'],
      ['--output', 'o.csv', '--format', 'csv', '--resume', 'a.warc'],
      ['--jobs', '0', 'a.warc'],
      ['--queue', 'http://h', '--work', '--out-dir', 'o'],
      ['--queue', 'redis://h:1', '--work'],
      ['--queue', 'redis://h:1', '--enqueue'],
      ['--queue', 'redis://h:1'],
      ['--work', '--out-dir', 'o'],
      ['--queue', 'redis://h:1', '--work', '--status'],
    ]) expect(parseArgs(argv, 2), argv.join(' ')).toMatchObject({ mode: 'error' });
  });
});
