/** The neutral lock screen (built in the lock issue). Shows nothing about the journal. */
export function LockScreen() {
  return (
    <section className="lock" aria-labelledby="lock-heading">
      <h1 id="lock-heading">Keel is locked</h1>
    </section>
  );
}
