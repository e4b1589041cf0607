import { initialsOf } from './format';
import './common.css';

/** Initials in a circle: no picture is loaded from the platforms (that would be a request of ours). */
export function Avatar({ displayName, handle }: { displayName: string | null; handle: string }) {
  return (
    <span className="cs-avatar" aria-hidden="true">
      {initialsOf(displayName, handle)}
    </span>
  );
}
