import { Button } from '../common/Button';

export interface DueItem {
  key: string;
  /** The item's data-* attributes (test ids and state). */
  data: Record<`data-${string}`, string>;
  text: string;
  openLabel: string;
  onOpen: () => void;
}

/** A popup reminder list (approvals due, check-ins due): a heading and one line per item with a button to open it. */
export function DueList(props: {
  id: string;
  className: string;
  heading: string;
  items: readonly DueItem[];
}) {
  if (props.items.length === 0) return null;
  return (
    <section className={props.className} aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      <ul>
        {props.items.map((item) => (
          <li key={item.key} {...item.data}>
            <span>{item.text}</span> <Button onClick={item.onOpen}>{item.openLabel}</Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
