// Runs before the app's modules. zod decides at schema creation whether to compile parsers with
// `new Function`; the CSP forbids eval and reports every probe. Setting the flag here, before any
// chunk creates a schema, is the one place module ordering cannot undo.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
