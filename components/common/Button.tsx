import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from 'react';
import './common.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
}

/** A button that is never a submit button by accident; visible focus ring from common.css. */
export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      type={type}
      className={className ? `cs-btn ${className}` : 'cs-btn'}
      data-variant={variant}
    />
  );
}

/** A link that looks like a button and opens another site (a profile, a DM) in a new tab. */
export function NewTabButton({
  variant = 'secondary',
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: ButtonVariant; 'data-testid'?: string }) {
  return (
    <a
      {...props}
      className="cs-btn"
      data-variant={variant}
      target="_blank"
      rel="noopener noreferrer"
    />
  );
}
