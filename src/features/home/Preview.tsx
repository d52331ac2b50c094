import type { ArchitectureCard } from '../../model/dataset';

/** A thumbnail of the real layout: site boxes and component dots, drawn from build-time positions. */
export function Preview({ preview }: { preview: ArchitectureCard['preview'] }) {
  return (
    <svg
      viewBox={`-10 -10 ${preview.width + 20} ${preview.height + 20}`}
      className="h-32 w-full"
      aria-hidden="true"
      preserveAspectRatio="xMidYMid meet"
    >
      {preview.sites.map((s, i) => (
        <rect
          key={i}
          x={s.x}
          y={s.y}
          width={s.width}
          height={s.height}
          rx={14}
          fill={s.kind === 'central' ? 'var(--central)' : 'var(--edge)'}
          stroke={s.kind === 'central' ? 'var(--central-border)' : 'var(--edge-border)'}
          strokeWidth={6}
        />
      ))}
      {preview.nodes.map((n, i) => (
        <rect
          key={i}
          x={n.x}
          y={n.y}
          width={208}
          height={64}
          rx={8}
          fill="var(--surface)"
          stroke="var(--border)"
          strokeWidth={4}
        />
      ))}
    </svg>
  );
}
