const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** A number input; `percent`: a share typed and shown as a percentage; `hiddenLabel`: named for screen readers only (a table cell). */
export function NumberField(props: {
  label: string;
  hiddenLabel?: boolean;
  value: number | null;
  onChange: (v: number | null) => void;
  percent?: boolean;
}) {
  const shown =
    props.value === null ? '' : String(round(props.percent ? props.value * 100 : props.value));
  return (
    <label className="num-input">
      <span className={props.hiddenLabel ? 'cs-visually-hidden' : undefined}>{props.label}</span>
      <input
        type="number"
        step="any"
        value={shown}
        onChange={(e) => {
          const typed = e.currentTarget.value;
          const n = typed === '' ? null : Number(typed);
          props.onChange(
            n === null || !Number.isFinite(n) ? null : props.percent ? round(n / 100) : n,
          );
        }}
      />
    </label>
  );
}
