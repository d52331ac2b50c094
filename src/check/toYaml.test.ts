import { describe, expect, it } from 'vitest';
import { tinyBundle, fixtureFiles } from '../../test/fixtureData';
import { validateFiles } from './validate';
import { architectureToYaml } from './toYaml';

describe('an architecture as a file again', () => {
  it('reads back as the same architecture, with the header as comments', async () => {
    const { architecture } = await tinyBundle();
    const text = architectureToYaml(architecture, 'A copy.\nSecond line.');
    expect(text.startsWith('# A copy.\n# Second line.\nid: tiny\n')).toBe(true);
    const { problems, catalogue } = validateFiles([...(await fixtureFiles()), { file: 'tiny.yaml', content: text }]);
    expect(problems).toEqual([]);
    expect(catalogue.architectures).toEqual([architecture]);
  });
});
