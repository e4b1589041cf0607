import { z } from 'zod';

// Extension pages and content scripts forbid eval; zod would otherwise probe `new Function` first.
z.config({ jitless: true });
