/** Self-check, prompts and reframes (built in the reflect issue). */
export default function ReflectView() {
  return (
    <section aria-labelledby="reflect-heading">
      <h1 id="reflect-heading">Reflect</h1>
      <p>Prompts and a self-check will appear here.</p>
    </section>
  );
}
