import { statusValues } from '../model/vocabulary';
import { statusLook } from './statusLook';
import { ClockIcon } from './ClockIcon';

/** The legend's entries, loaded when the reader first opens it (see Legend.tsx). */
export default function LegendBody() {
  return (
    <>
      <ul className="mt-1 flex flex-col gap-1">
        <li className="flex items-center gap-2">
          <svg width="44" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="44" y2="5" stroke="var(--wan)" strokeWidth="2.5" strokeDasharray="9 5" />
          </svg>
          WAN link, through the site’s hub
        </li>
        <li className="flex items-center gap-2">
          <svg width="44" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="44" y2="5" stroke="var(--local)" strokeWidth="1.5" />
          </svg>
          Local link, inside a site
        </li>
        <li className="flex items-center gap-2">
          <svg width="44" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="36" y2="5" stroke="var(--local)" strokeWidth="1.5" />
            <path d="M34,1 L42,5 L34,9 z" fill="var(--local)" />
          </svg>
          Points at what a component depends on
        </li>
        <li className="flex items-center gap-2">
          <svg width="44" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="44" y2="5" stroke="var(--cut)" strokeWidth="2.5" strokeDasharray="2 7" />
          </svg>
          Cut WAN link (hub “✂ WAN cut”)
        </li>
        <SiteKey kind="central">Central site</SiteKey>
        <SiteKey kind="edge">Edge site</SiteKey>
        {statusValues.map((s) => (
          <li key={s} className="flex items-center gap-2">
            <span
              className={`inline-flex h-5 w-11 items-center justify-center rounded border-2 font-bold ${statusLook[s].bg} ${statusLook[s].border} ${statusLook[s].text}`}
              aria-hidden="true"
            >
              {statusLook[s].icon}
            </span>
            {statusLook[s].word} when cut off
          </li>
        ))}
      </ul>
      <p className="mt-2 max-w-[15rem] text-xs text-muted" data-testid="status-rule">
        An edge component’s status is what it still does for its own site. A central component’s status (↔) is what the
        cut-off site still gets from it; it keeps serving every other site. <ClockIcon /> marks a state that changes
        later in a long cut; ≈ a state a slow WAN brings, ↻ one an upgrade brings, by the same rule.
      </p>
    </>
  );
}

function SiteKey({ kind, children }: { kind: 'central' | 'edge'; children: string }) {
  return (
    <li className="flex items-center gap-2">
      <span
        className="inline-block h-4 w-11 rounded border-2"
        style={{ background: `var(--${kind})`, borderColor: `var(--${kind}-border)` }}
        aria-hidden="true"
      />
      {children}
    </li>
  );
}
