// The model records the files it was trained on and their sha256: a changed or re-listed training file means the
// model and its held-out figures (policies/models/README.md) no longer describe what the repository holds.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectPath } from '../../src/projectPath.js';
import { readModelFile } from '../../src/learned/LinearModel.js';

const MODEL = projectPath('policies/models/second-opinion.json');
const { file } = readModelFile(MODEL);
const config = parse(readFileSync(projectPath(file.training.config), 'utf8')) as { files: string[]; heads: string[] };
const RETRAIN = 'retrain with `npm run train`, re-measure, and update policies/models/README.md';

describe('the learned model and its training files', () => {
  it('lists the files its training config lists, in order', () => {
    expect(
      file.training.files.map((f) => f.path),
      `the training config changed: ${RETRAIN}`,
    ).toEqual(config.files);
    expect(
      file.heads.map((h) => h.category),
      `the training config's heads changed: ${RETRAIN}`,
    ).toEqual(config.heads);
  });

  for (const f of file.training.files) {
    it(`${f.path} is the file the model was trained on`, () => {
      const path = projectPath(f.path);
      expect(existsSync(path), `${f.path} is gone: ${RETRAIN}`).toBe(true);
      const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
      expect(sha, `${f.path} changed since the model was trained (sha256 ${sha}, the model records ${f.sha256}): ${RETRAIN}`).toBe(f.sha256);
    });
  }

  it('never trains on the eval sets', () => {
    for (const f of config.files) expect(f).not.toMatch(/(^|\/)(eval|shared)\//);
  });
});
