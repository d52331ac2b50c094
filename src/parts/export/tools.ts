/** Everything an export needs beyond the menu itself, in one chunk loaded on the first export. */
export { buildPicture } from './picture';
export { pictureToPng, TooLargeError } from './png';
export { paletteFor } from './palette';
export { sceneOf } from './scene';
export { describeScenario } from '../../simulation/scenario';
export { toMermaid } from './mermaid';
export { cutSummaryMarkdown } from './markdown';
export { toDrawio } from './drawio';
export { tourDeck } from './slides';
