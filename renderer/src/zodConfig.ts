/**
 * Imported first by main.tsx, before any schema is built: zod would otherwise probe `new Function` once, which the
 * page's Content-Security-Policy (no 'unsafe-eval') reports as a violation in the console.
 */
import { z } from 'zod';

z.config({ jitless: true });
