import type { ButtonHTMLAttributes } from 'react';
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
