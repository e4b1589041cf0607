import type { PostCaptionView } from '../../lib/panel/post-caption';

/** The campaign's approval checks run on the caption of the post the page shows. */
export function PostCaption({ view }: { view: PostCaptionView }) {
  return (
    <section
      className="post-caption"
      data-testid="scout-post-caption"
      data-disclosure-at={view.disclosureAt ?? ''}
      data-before-cutoff={view.beforeCutoff === null ? '' : String(view.beforeCutoff)}
    >
      <h3>
        <bdi>{view.title}</bdi>
      </h3>
      <ul>
        {view.lines.map((line, i) => (
          <li key={i} data-ok={String(line.ok)}>
            <span aria-hidden="true">{line.ok ? '✓ ' : '✗ '}</span>
            <bdi>{line.text}</bdi>
          </li>
        ))}
        {view.problems.map((p, i) => (
          <li key={`p${i}`} data-ok="false" data-testid="scout-post-caption-problem">
            <span aria-hidden="true">✗ </span>
            <bdi>{p}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}
