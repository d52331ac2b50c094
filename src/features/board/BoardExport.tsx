/**
 * The board's exports: one slide-sized picture (PNG, or SVG with plain shapes and text) and Markdown,
 * each with the condition and a link back. The picture code loads when first asked for.
 */
import { useState } from 'react';
import type { Architecture } from '../../model/schema';
import type { Scenario } from '../../simulation/scenario';
import type { CapabilityInfo } from '../../parts/capabilities/catalogue';
import { buttonClass } from '../../ui/buttonClass';
import { currentPermalink } from '../../url/binding';
import { describeDuration } from '../../model/duration';
import { boardCondition } from '../../parts/board/boardCondition';

interface Props {
  architectures: readonly Architecture[];
  capabilities: readonly CapabilityInfo[];
  scenario: Scenario;
  /** The board over time: its moments (seconds into the cut), or null. */
  times: readonly number[] | null;
}

type Kind = 'png' | 'svg' | 'markdown';

export function BoardExport({ architectures, capabilities, scenario, times }: Props) {
  const [status, setStatus] = useState<string | null>(null);
  const run = async (kind: Kind) => {
    setStatus('Drawing…');
    try {
      const [
        { columnOf, toMarkdown },
        { buildBoardPicture },
        { rasterise, embeddedFontCss },
        { PRINT_PALETTE },
        { download, slug },
        { assertSvgDecodes },
        { browserMeasure },
      ] = await Promise.all([
        import('../../parts/capabilities/answers'),
        import('../../parts/export/boardPicture'),
        import('../../parts/export/png'),
        import('../../parts/export/palette'),
        import('../../parts/export/download'),
        import('../../parts/export/wellFormed'),
        import('../../parts/export/measureText'),
      ]);
      const columns = architectures.map((architecture) =>
        columnOf({ architecture, site: null, sites: null }, scenario),
      );
      const link = currentPermalink();
      const condition = document.querySelector('[data-testid="board-condition"]')?.textContent ?? '';
      const name = slug(`board ${condition}`);
      if (kind === 'markdown') {
        // Over time: the table at each moment, one after the other.
        const text = (times ?? [scenario.t ?? 0])
          .map((t) =>
            toMarkdown(
              capabilities,
              architectures.map((architecture) =>
                columnOf({ architecture, site: null, sites: null }, { ...scenario, t: t || null }),
              ),
              t,
              boardCondition(architectures[0]!, { ...scenario, t: null }),
              link,
            ),
          )
          .join('\n\n');
        download(new Blob([text], { type: 'text/markdown' }), `${name}.md`);
        setStatus('✓ Markdown saved');
        return;
      }
      const picture = buildBoardPicture({
        title: 'What each architecture keeps at a cut-off edge site',
        condition,
        capabilities,
        columns,
        link,
        palette: PRINT_PALETTE,
        measure: browserMeasure(),
        fontCss: kind === 'png' ? await embeddedFontCss() : undefined,
        overTime: times
          ? {
              labels: times.map((t) => (t === 0 ? 'just cut' : describeDuration(t))),
              columns: architectures.map((architecture) =>
                times.map((t) => columnOf({ architecture, site: null, sites: null }, { ...scenario, t: t || null })),
              ),
            }
          : undefined,
      });
      await assertSvgDecodes(picture.svg, 'SVG');
      if (kind === 'svg') {
        download(new Blob([picture.svg], { type: 'image/svg+xml' }), `${name}.svg`);
        setStatus('✓ SVG saved');
        return;
      }
      const png = await rasterise(picture.svg, picture.width, picture.height, 1);
      download(png.blob, `${name}.png`);
      setStatus(`✓ PNG saved: ${png.width} × ${png.height} px`);
    } catch (error) {
      setStatus(`✕ Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-1.5" data-testid="board-export">
      {(['png', 'svg', 'markdown'] as const).map((kind) => (
        <button
          key={kind}
          type="button"
          className={`${buttonClass} border-line`}
          onClick={() => void run(kind)}
          data-export={`board-${kind}`}
        >
          ⤓ {kind === 'markdown' ? 'Markdown' : kind.toUpperCase()}
        </button>
      ))}
      <span role="status" aria-live="polite" className="text-sm" data-testid="board-export-status">
        {status}
      </span>
    </div>
  );
}
