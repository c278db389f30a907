/** Patterns over time (built in the patterns issue). */
export default function PatternsView() {
  return (
    <section aria-labelledby="patterns-heading">
      <h1 id="patterns-heading">Patterns</h1>
      <p>Patterns from your entries will appear here.</p>
    </section>
  );
}
