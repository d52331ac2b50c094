/**
 * The worker that checks and draws a file of the reader's own (the editor as they type, and their
 * architecture on the explorer's pages): checked by the same code as `npm run validate` (src/check)
 * against the shipped catalogues, then laid out by the same code as the build (src/layout), with its
 * labels measured in the font the site ships. Off the page's thread, so a slow layout never freezes the
 * tab: the page stops a layout that runs too long (see yours.ts).
 */
import { validateFiles } from '../check/validate';
import type { Problem } from '../check/problems';
import { layoutArchitecture } from '../layout/layout';
import { createMeasure } from '../layout/measure';
import type { ArchitectureBundle } from '../model/dataset';
import requirements from '../../architectures/requirements.yaml?raw';
import models from '../../architectures/models.yaml?raw';
import capabilities from '../../architectures/capabilities.yaml?raw';
import inter600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';

export interface CheckRequest {
  id: number;
  fileName: string;
  text: string;
}
export interface CheckReply {
  id: number;
  problems: Problem[];
  /** The file drawn, when it has no error. */
  bundle: ArchitectureBundle | null;
  /** Why it could not be drawn although it is valid (a layout that failed). */
  failure: string | null;
}

// The worker's global, typed by hand: the app's TypeScript program has the DOM's types, not a worker's.
const scope = self as unknown as {
  fonts: FontFaceSet;
  addEventListener: (type: 'message', listener: (event: MessageEvent<CheckRequest>) => void) => void;
  postMessage: (reply: CheckReply) => void;
};
const fonts = Promise.all(
  [
    ['600', inter600],
    ['700', inter700],
  ].map(async ([weight, url]) => scope.fonts.add(await new FontFace('Inter', `url(${url})`, { weight }).load())),
);
const context = new OffscreenCanvas(1, 1).getContext('2d')!;
// Wrapping measures the same pieces again and again, and setting the canvas's font is slow: both cached.
const widths = new Map<string, number>();
const measure = createMeasure((text, size, weight) => {
  const font = `${weight} ${size}px Inter`;
  const key = `${font}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (context.font !== font) context.font = font;
    widths.set(key, (width = context.measureText(text).width));
  }
  return width;
});

scope.addEventListener('message', async ({ data }: MessageEvent<CheckRequest>) => {
  const { id, fileName, text } = data;
  const { problems, catalogue } = validateFiles([
    { file: 'requirements.yaml', content: requirements },
    { file: 'models.yaml', content: models },
    { file: 'capabilities.yaml', content: capabilities },
    { file: fileName, content: text },
  ]);
  const own = problems.filter((p) => p.file === fileName);
  const architecture = catalogue.architectures[0];
  const reply: CheckReply = { id, problems: own, bundle: null, failure: null };
  if (architecture && !own.some((p) => p.severity === 'error')) {
    try {
      await fonts;
      reply.bundle = { architecture, layout: await layoutArchitecture(architecture, measure) };
    } catch (error) {
      reply.failure = error instanceof Error ? error.message : String(error);
    }
  }
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage takes no origin
  scope.postMessage(reply);
});
