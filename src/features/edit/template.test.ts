import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../check/validate';
import { TEMPLATE } from './template';

// The template is checked against the catalogues it ships with: a reader's first file must draw.
const catalogues = ['requirements', 'models', 'capabilities'].map((kind) => ({
  file: `${kind}.yaml`,
  content: readFileSync(`architectures/${kind}.yaml`, 'utf8'),
}));

describe('the editor template', () => {
  it('is a valid architecture against the shipped catalogues, and draws', () => {
    const { problems, catalogue } = validateFiles([...catalogues, { file: 'my-deployment.yaml', content: TEMPLATE }]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(catalogue.architectures.map((a) => a.id)).toEqual(['my-deployment']);
  });
});
