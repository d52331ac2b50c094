/**
 * PNG and SVG of the whole diagram, with the architecture's title, the cut state and the legend
 * drawn around it. html-to-image (pinned at 1.11.11: later versions drop React Flow's edges) turns
 * the React Flow viewport into SVG; the frame around it is plain SVG, so the file stays searchable.
 */
import { toSvg } from 'html-to-image';
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';

export interface ImageFrame {
  title: string;
  subtitle: string;
  legend: { label: string; stroke: string; dash?: string; fill?: string }[];
  background: string;
  text: string;
}

const HEADER = 84;
const LEGEND = 44;
const PAD = 24;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function diagramSvg(
  container: HTMLElement,
  nodes: Node[],
): Promise<{ svg: SVGSVGElement; width: number; height: number }> {
  const viewport = container.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('no diagram to export');
  const bounds = getNodesBounds(nodes.filter((n) => !n.parentId));
  const width = Math.ceil(bounds.width + 2 * PAD);
  const height = Math.ceil(bounds.height + 2 * PAD);
  const transform = getViewportForBounds(bounds, width, height, 0.05, 1, PAD);
  const dataUrl = await toSvg(viewport, {
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${transform.x}px, ${transform.y}px) scale(${transform.zoom})`,
    },
    // The page's CSP allows no web fonts; keep html-to-image from trying to inline any.
    skipFonts: true,
  });
  const markup = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
  return { svg, width, height };
}

export async function exportSvg(container: HTMLElement, nodes: Node[], frame: ImageFrame): Promise<string> {
  const { svg, width, height } = await diagramSvg(container, nodes);
  const total = { width: Math.max(width, 720), height: height + HEADER + LEGEND };
  const legendItems = frame.legend
    .map((item, i) => {
      const x = PAD + i * 170;
      const swatch = item.fill
        ? `<rect x="${x}" y="${total.height - 30}" width="28" height="16" rx="3" fill="${item.fill}" stroke="${item.stroke}" stroke-width="2"/>`
        : `<line x1="${x}" y1="${total.height - 22}" x2="${x + 28}" y2="${total.height - 22}" stroke="${item.stroke}" stroke-width="3"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`;
      return `${swatch}<text x="${x + 36}" y="${total.height - 17}" font-size="14" fill="${frame.text}">${escapeXml(item.label)}</text>`;
    })
    .join('');
  svg.setAttribute('x', '0');
  svg.setAttribute('y', String(HEADER));
  const inner = new XMLSerializer().serializeToString(svg);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total.width}" height="${total.height}" viewBox="0 0 ${total.width} ${total.height}" font-family="system-ui, sans-serif">` +
    `<title>${escapeXml(frame.title)}</title>` +
    `<rect width="100%" height="100%" fill="${frame.background}"/>` +
    `<text x="${PAD}" y="38" font-size="26" font-weight="700" fill="${frame.text}">${escapeXml(frame.title)}</text>` +
    `<text x="${PAD}" y="66" font-size="16" fill="${frame.text}">${escapeXml(frame.subtitle)}</text>` +
    inner +
    legendItems +
    `</svg>`
  );
}

export async function exportPng(svgMarkup: string, scale = 2): Promise<Blob> {
  const size = /width="(\d+)" height="(\d+)"/.exec(svgMarkup)!;
  const width = Number(size[1]);
  const height = Number(size[2]);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgMarkup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
