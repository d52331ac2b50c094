import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { LABEL_FONT_SIZE, LABEL_FONT_WEIGHT, LABEL_LINE_HEIGHT, LABEL_PAD_X } from '../../../model/typography';
import { reasonOf, statusLook } from '../../../ui/statusLook';
import { ClockIcon } from '../../../ui/ClockIcon';
import type { ComponentFlowNode } from '../flow/types';

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
  const reason = state === 'connected' ? null : data.status.reason;
  const { mark, words: why } = reasonOf(data.status);
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
          data-reason={reason ?? undefined}
          title={`${look.word}${why}`}
        >
          {look.icon}
          {mark}
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
