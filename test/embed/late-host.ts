// A host page whose embed-host.js arrives late: the embed-check command calls __loadEmbedHost
// once the frame has drawn and reported its size, so only the host's size request can size it.
(window as unknown as { __loadEmbedHost: () => Promise<unknown> }).__loadEmbedHost = () => import('../../src/embed/embed-host.js');
