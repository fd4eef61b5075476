import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDirs } from '../benchmarks/eval/truth.js';

// The eval lists a corpus's sets and a set's cases with listDirs: a case folder reached through a
// symbolic link is a case like any other (session 43's helpers found them skipped without a word).
describe('listDirs', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'pagesift-listdirs-'));
    await mkdir(join(root, 'elsewhere', 'linked-case'), { recursive: true });
    await mkdir(join(root, 'set', 'b-case'), { recursive: true });
    await mkdir(join(root, 'set', '.hidden-case'), { recursive: true });
    await writeFile(join(root, 'set', 'notes.txt'), 'not a case');
    await writeFile(join(root, 'elsewhere', 'file.txt'), 'a file');
    await symlink(join(root, 'elsewhere', 'linked-case'), join(root, 'set', 'a-linked'));
    await symlink(join(root, 'elsewhere', 'file.txt'), join(root, 'set', 'c-file-link'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('lists real folders and links to folders, sorted; not files, links to files or dot folders', async () => {
    expect(await listDirs(join(root, 'set'))).toEqual(['a-linked', 'b-case']);
  });

  it('names a broken link instead of leaving its case out', async () => {
    const dir = join(root, 'broken-set');
    await mkdir(join(dir, 'ok-case'), { recursive: true });
    await symlink(join(root, 'nowhere'), join(dir, 'gone'));
    await expect(listDirs(dir)).rejects.toThrow(/gone: a symbolic link that leads nowhere/);
  });
});
