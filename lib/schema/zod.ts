/**
 * The one import of zod for the whole project. Extension pages forbid `eval`, and zod 4 compiles
 * parsers with `new Function` unless told not to; configuring it here, before any schema is
 * defined, keeps every schema CSP-safe. Import `z` from this module, never from 'zod'.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
