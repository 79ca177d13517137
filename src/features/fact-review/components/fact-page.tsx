/** Placeholder: the fact review page (claims side by side, chart, reconciliation) is being built. */
export function FactPage({ factId }: { storyId: string; factId: string }) {
  return <p>Fact {factId}</p>;
}
