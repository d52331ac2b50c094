import { describe, expect, it } from 'vitest';
import { paletteTokens } from '../parts/export/palette';
import { themePalettes } from './themes';

const rootBlock = Object.values(paletteTokens)
  .map((variable, i) => `  ${variable}: #0000${String(i).padStart(2, '0')};`)
  .join('\n');
const css = `:root {\n${rootBlock}\n}\n.dark {\n  --bg: #222222;\n}\n.projector {\n  --text: #333333;\n}\n`;

describe('the first pictures’ palettes', () => {
  it('read each theme from its block, falling back to the light tokens for what a theme leaves out', () => {
    const palettes = themePalettes(css);
    expect(palettes.light.background).toBe('#000000');
    expect(palettes.light.text).toBe('#000003');
    expect(palettes.dark).toMatchObject({ name: 'dark', background: '#222222', text: '#000003', lineScale: 1 });
    expect(palettes.projector).toMatchObject({ name: 'projector', background: '#000000', text: '#333333' });
    expect(palettes.projector.lineScale).toBeGreaterThan(1);
  });

  it('refuse a stylesheet that leaves a colour unset', () => {
    expect(() => themePalettes(css.replace('  --cut: ', '  --not-cut: '))).toThrow(
      'The stylesheet sets no --cut for the light theme',
    );
  });
});
