export function Panel() {
  return (
    <section aria-label="Creator Scout">
      <p data-testid="scout-status">Reading this page…</p>
    </section>
  );
}
