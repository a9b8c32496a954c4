import { z } from 'zod';

// zod probes `new Function` for its fast path; the CSP forbids eval and would report every probe.
// Imported first by main.tsx so it runs before any schema is used.
z.config({ jitless: true });
