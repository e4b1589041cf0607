/** What the last action said (added, failed…), announced as it appears; page text kept as text. */
export function Notice({ text }: { text: string | null }) {
  return text ? (
    <p className="notice" role="alert">
      <bdi>{text}</bdi>
    </p>
  ) : null;
}
