/**
 * The first picture of each architecture, drawn at build time: the diagram as the canvas shows it on
 * opening (nothing cut, nothing selected), in each theme, as plain SVG. The boot script (src/boot)
 * shows it, placed where the canvas will draw the diagram, before the app's JavaScript has run; the
 * canvas replaces it when it has painted. What the boot script needs to place it (each diagram's
 * bounds) goes into the page itself, so it costs no request.
 */
import type { ArchitectureBundle } from '../model/dataset';
import type { Rect } from '../model/geometry';
import { CALM, resolveScenario } from '../simulation/scenario';
import { componentStates } from '../simulation/status';
import { absoluteBoxes, boundsOf } from '../parts/canvas/flow/boxes';
import { buildPicture } from '../parts/export/picture';
import { sceneOf } from '../parts/export/scene';
import { FIRST_DIR } from '../model/firstView';
import { appliedThemes } from '../model/theme';
import { themePalettes } from './themes';

export interface FirstPictures {
  files: { fileName: string; source: string }[];
  /** Per architecture, the diagram's bounds (diagram coordinates): where the picture's top-left sits. */
  bounds: Record<string, Rect>;
}

export function firstPictures(bundles: Iterable<ArchitectureBundle>, stylesheet: string): FirstPictures {
  const palettes = themePalettes(stylesheet);
  const files: FirstPictures['files'] = [];
  const bounds: FirstPictures['bounds'] = {};
  for (const bundle of bundles) {
    const { architecture } = bundle;
    const resolved = resolveScenario(architecture, CALM);
    const states = componentStates(architecture, resolved.resolution, resolved.seconds, resolved.conditions);
    const scene = sceneOf(bundle, resolved, states);
    // The canvas fits its top-level nodes (sites, hubs): the same bounds, so the picture lands where they will.
    bounds[architecture.id] = boundsOf(absoluteBoxes(scene.flow.nodes).filter((b) => !b.node.parentId));
    for (const theme of appliedThemes) {
      const picture = buildPicture({
        title: architecture.name,
        subtitle: scene.caption,
        nodes: scene.flow.nodes,
        edges: scene.flow.edges,
        palette: palettes[theme],
        bare: true,
      });
      files.push({ fileName: `${FIRST_DIR}/${architecture.id}.${theme}.svg`, source: picture.svg });
    }
  }
  return { files, bounds };
}
