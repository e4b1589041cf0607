/** Small pieces shared by the popup and the dashboard. */
export { Avatar } from './Avatar';
export { Button, type ButtonProps, type ButtonVariant } from './Button';
export { Chip, EngagementChip, StatusChip, TierChip, VerdictChip, type ChipTone } from './Chip';
export {
  formatCount,
  formatEngagement,
  formatFollowers,
  formatRate,
  formatSpam,
  initialsOf,
  NO_VALUE,
  type EngagementText,
} from './format';
export { ContactList } from './ContactList';
