import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeFile, encodeFile } from './fileLink';
import { TEMPLATE } from './template';

describe('a file in a link', () => {
  it('comes back as it went, in base64url only', async () => {
    for (const text of [TEMPLATE, 'name: “Ünïcode” ✓ 日本\n', '']) {
      const code = await encodeFile(text);
      expect(code).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(await decodeFile(code)).toBe(text);
    }
    // Compressed: the template's link is far shorter than the template.
    expect((await encodeFile(TEMPLATE)).length).toBeLessThan(TEMPLATE.length * 0.6);
  });

  it('refuses a link that is cut, changed, not text, or unpacks past 2 MiB', async () => {
    const code = await encodeFile(TEMPLATE);
    await expect(decodeFile(code.slice(0, code.length / 2))).rejects.toThrow('does not unpack');
    await expect(decodeFile('!!!')).rejects.toThrow('not base64url');
    const binary = deflateRawSync(Buffer.from([0xff, 0xfe, 0xfd])).toString('base64url');
    await expect(decodeFile(binary)).rejects.toThrow('not UTF-8');
    // 64 MiB of spaces packs into some 64 kB: read until 2 MiB, then refused.
    const bomb = deflateRawSync(Buffer.alloc(64 * 2 ** 20, 32), { level: 9 }).toString('base64url');
    expect(bomb.length).toBeLessThan(100_000);
    await expect(decodeFile(bomb)).rejects.toThrow('larger than 2 MiB');
  });
});
