// ECharts reads process.env.NODE_ENV; a strict CSP forbids the usual inline shim, so it is a module.
(globalThis as unknown as { process: unknown }).process ??= { env: { NODE_ENV: 'development' } };
