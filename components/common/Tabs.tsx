import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import './common.css';

export interface Tab<Id extends string> {
  id: Id;
  label: ReactNode;
  panel: ReactNode;
}

/**
 * Tabs as the WAI-ARIA pattern has them: a tablist whose tabs the arrow keys, Home and End move
 * between (each chosen as it is reached; only the chosen tab is in the Tab order), and one
 * tabpanel per tab. Every panel stays mounted, the others hidden, so what is typed, unsaved, in
 * one survives a look at another.
 */
export function Tabs<Id extends string>(props: {
  /** What the tabs choose between, for screen readers. */
  label: string;
  /** Unique on the page: the tabs' and panels' ids start with it. */
  idPrefix: string;
  tabs: readonly Tab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
}) {
  const { tabs, selected, idPrefix } = props;
  const buttons = useRef(new Map<Id, HTMLButtonElement>());
  const move = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const to =
      e.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : e.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (to === null) return;
    e.preventDefault();
    const id = tabs[to]!.id;
    props.onSelect(id);
    buttons.current.get(id)?.focus();
  };
  return (
    <div className="cs-tabs">
      <div role="tablist" aria-label={props.label} className="cs-tablist">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            className="cs-tab"
            id={`${idPrefix}-tab-${tab.id}`}
            aria-controls={`${idPrefix}-panel-${tab.id}`}
            aria-selected={tab.id === selected}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => props.onSelect(tab.id)}
            onKeyDown={(e) => move(e, index)}
            data-testid={`${idPrefix}-tab-${tab.id}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          className="cs-tabpanel"
          id={`${idPrefix}-panel-${tab.id}`}
          aria-labelledby={`${idPrefix}-tab-${tab.id}`}
          hidden={tab.id !== selected}
          // The panel itself is the next Tab stop after the tablist, as the ARIA pattern has it.
          tabIndex={0}
          data-testid={`${idPrefix}-panel-${tab.id}`}
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
