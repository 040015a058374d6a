/**
 * A bundled record is loaded and converted once per page and shared by every element that shows
 * it, deep-frozen: ten maps of the institutes hold one copy of them, not ten, and one model
 * (model-cache.ts), not ten (issue 10: duplicated records and their models were a third of the
 * forty-chart page's heap). Frozen because it is every such element's data: the page gets a copy
 * of its own when it reads `el.data` (data-controller.ts), to change and set back.
 */

const loads = new WeakMap<object, Map<string, Promise<unknown>>>();
const shared = new WeakSet<object>();

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

/**
 * The record `id` of the kind `kind` (an element class's loader), loaded by `load` once per page.
 * A failed load is not kept: the next element to ask tries again.
 */
export function sharedRecord<D>(kind: object, id: string, load: () => Promise<D | undefined>): Promise<D | undefined> {
  let byId = loads.get(kind);
  if (!byId) loads.set(kind, (byId = new Map()));
  let pending = byId.get(id) as Promise<D | undefined> | undefined;
  if (!pending) {
    pending = load().then(
      (data) => {
        if (data !== null && typeof data === 'object') {
          deepFreeze(data);
          shared.add(data);
        }
        return data;
      },
      (e: unknown) => {
        byId.delete(id);
        throw e;
      },
    );
    byId.set(id, pending);
  }
  return pending;
}

/** Whether `data` is a shared record: frozen, so what is built from it can be shared too. */
export function isSharedRecord(data: unknown): boolean {
  return data !== null && typeof data === 'object' && shared.has(data);
}
