import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { LABEL_FONT_SIZE, LABEL_FONT_WEIGHT, LABEL_LINE_HEIGHT, LABEL_PAD_X } from '../../../model/typography';
import { statusLook } from '../../../ui/statusLook';
import type { ComponentFlowNode } from '../flow/types';

/** A clock drawn, not a glyph: no font is sure to have one. */
function ClockIcon() {
  return (
    <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      <circle cx="5" cy="5" r="4" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M5 2.6 V5 H7" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
    </svg>
  );
}

// The numbers the build measured the label with: the lines always fit the box.
const labelStyle = {
  fontSize: LABEL_FONT_SIZE,
  fontWeight: LABEL_FONT_WEIGHT,
  lineHeight: `${LABEL_LINE_HEIGHT}px`,
  paddingInline: LABEL_PAD_X - 2,
};

/**
 * A component: its name, whole, in the lines the build measured; its state as the box's fill and
 * border pattern plus an icon badge on the corner, outside the name's room.
 */
function ComponentNodeView({ data }: NodeProps<ComponentFlowNode>) {
  const { state } = data.status;
  const look = statusLook[state];
  const towards = state !== 'connected' && data.status.reason === 'towards-cut';
  return (
    <div
      className={`component-card relative flex h-full w-full flex-col items-center justify-center rounded-lg border-2 text-center text-fg shadow-sm ${look.bg} ${look.border}`}
      style={labelStyle}
      data-status={state}
    >
      {data.lines.map((line, i) => (
        <span key={i} className="block whitespace-nowrap" data-testid="node-label">
          {line}
        </span>
      ))}
      {state !== 'connected' && (
        <span
          aria-hidden="true"
          className={`node-badge -top-[11px] -right-2 ${look.text} ${look.bg} ${look.border}`}
          data-testid="node-status"
          title={towards ? `${look.word} towards the cut sites` : look.word}
        >
          {look.icon}
          {towards && '↔'}
        </span>
      )}
      {state !== 'connected' && data.changesLater && (
        <span
          aria-hidden="true"
          className="node-badge -right-2 -bottom-[11px] border-line bg-surface text-fg"
          title="Changes later in a long cut"
          data-testid="node-later"
        >
          <ClockIcon />
        </span>
      )}
      {data.optional && (
        <span
          aria-hidden="true"
          className="node-badge -bottom-[11px] -left-2 border-line bg-surface text-muted"
          title="Optional component"
        >
          opt
        </span>
      )}
    </div>
  );
}

export const ComponentNode = memo(ComponentNodeView);
