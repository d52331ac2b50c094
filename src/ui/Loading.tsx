export function Loading({ what }: { what: string }) {
  return (
    <div role="status" aria-live="polite" className="flex h-full min-h-48 items-center justify-center gap-3 text-muted">
      <span
        className="inline-block h-5 w-5 animate-spin rounded-full border-2 border-current border-t-transparent"
        aria-hidden="true"
      />
      Loading {what}…
    </div>
  );
}
