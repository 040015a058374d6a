// The embed page's script in the test runner: the same code as dist/cdn/embed.js, from source.
// ECharts sources read process.env.NODE_ENV (compiled into the CDN bundles), hence the shim first.
import '../csp/process-shim.js';
import '../../src/embed/main.js';
