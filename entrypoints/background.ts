import { defineBackground } from 'wxt/utils/define-background';
export default defineBackground(() => {
  // The single writer of stored data: see lib/store (added by the storage issue).
});
