import { describe, expect, it } from 'vitest';
import { decodeDeck, encodeDeck, MAX_SLIDES } from './deck';

const b64 = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('a deck in a link', () => {
  const slides = [
    { hash: '#/arch/kubeedge?cut=all&t=1d&node=edgecore', title: 'KubeEdge: a day without the cloud' },
    { hash: '#/board?at=0,10m,1d', title: 'Über alles — 四 architectures ✂' },
    { hash: '#/present/airship?step=3', title: '' },
  ];

  it('reads back what it wrote, titles in any script, as characters a URL keeps', () => {
    const code = encodeDeck(slides);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDeck(code)).toEqual(slides);
    expect(decodeDeck(encodeDeck([]))).toEqual([]);
  });

  it('refuses what is not a deck: other encodings, other shapes, other hosts, too many slides', () => {
    for (const bad of ['%%%', 'bm90IGpzb24', b64('{"a":1}'), b64('[["#/arch/x"]]'), b64('[[1,"x"]]')])
      expect(decodeDeck(bad), bad).toBeNull();
    expect(decodeDeck(b64(JSON.stringify([['https://evil.example/#/arch/x', 'x']])))).toBeNull();
    expect(decodeDeck(b64(JSON.stringify([['#/matrix', 'not a slide page']])))).toBeNull();
    expect(decodeDeck(b64(JSON.stringify([['#/arch/x', 'bell\u0007']])))).toBeNull();
    const many = Array.from({ length: MAX_SLIDES + 1 }, () => ['#/board', 'x']);
    expect(decodeDeck(b64(JSON.stringify(many)))).toBeNull();
    // Bytes that are not UTF-8.
    expect(decodeDeck(btoa('\xff\xfe[]').replace(/=+$/, ''))).toBeNull();
  });
});
