import { z } from 'zod';

/**
 * Where the panel sits: against the left or right edge (never over the middle of the page, where
 * the platforms keep their own controls), how far from the top, and whether it is folded to a tab.
 */
export const PanelPlacement = z.object({
  side: z.enum(['left', 'right']),
  /** Pixels from the top of the viewport; clamped to the viewport on every render. */
  top: z.number().finite().nonnegative(),
  collapsed: z.boolean(),
});
export type PanelPlacement = z.infer<typeof PanelPlacement>;

export const defaultPlacement: PanelPlacement = { side: 'right', top: 96, collapsed: false };
