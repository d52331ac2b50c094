import { describe, expect, it } from 'vitest';
import { assertXmlText, BrokenExportError } from './wellFormed';

describe('an export checks its own XML', () => {
  it('passes text XML allows, and refuses noncharacters, controls and lone surrogates', () => {
    expect(() => assertXmlText('<a>tab\there, newline\n, 😀 and “quotes”</a>', 'file')).not.toThrow();
    for (const bad of ['\uFFFE', '\uFFFF', '\u0001', '\u001F', '\uD800', 'x\uDC00y', '\uDBFF\u0041'])
      expect(() => assertXmlText(`<a>${bad}</a>`, 'draw.io file'), JSON.stringify(bad)).toThrow(BrokenExportError);
  });
});
