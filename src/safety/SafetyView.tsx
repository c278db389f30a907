/** Safety plan and resources (built in the safety issue). */
export default function SafetyView() {
  return (
    <section aria-labelledby="safety-heading">
      <h1 id="safety-heading">Safety</h1>
      <p>Your safety plan and resources will appear here.</p>
    </section>
  );
}
