import type { PostCaptionView } from '../../lib/panel/post-caption';
import { Mark } from '../common/icons';

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
            <Mark ok={line.ok} />
            <bdi>{line.text}</bdi>
          </li>
        ))}
        {view.problems.map((p, i) => (
          <li key={`p${i}`} data-ok="false" data-testid="scout-post-caption-problem">
            <Mark ok={false} />
            <bdi>{p}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}
