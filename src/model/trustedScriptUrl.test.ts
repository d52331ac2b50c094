import { describe, expect, it } from 'vitest';
import { trustedScriptUrl, type TrustedTypesLike } from './trustedScriptUrl';

describe('a one-URL Trusted Types policy', () => {
  it('makes its URL a script URL, refuses any other, and passes the URL through where there are no Trusted Types', () => {
    const made: { name: string; rules: { createScriptURL: (url: string) => string } }[] = [];
    const types: TrustedTypesLike = {
      createPolicy: (name, rules) => {
        made.push({ name, rules });
        return { createScriptURL: (url) => `trusted:${rules.createScriptURL(url)}` };
      },
    };
    expect(trustedScriptUrl(types, 'boot-app', './assets/index.js')).toBe('trusted:./assets/index.js');
    expect(made.map((m) => m.name)).toEqual(['boot-app']);
    expect(() => made[0]!.rules.createScriptURL('https://evil.example/x.js')).toThrow(TypeError);
    expect(trustedScriptUrl(undefined, 'boot-app', './assets/index.js')).toBe('./assets/index.js');
  });
});
