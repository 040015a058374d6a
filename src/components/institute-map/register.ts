/** ECharts keeps registered maps by name: one name per GeoJSON object, registered once. */
import { registerMap } from '../../core/echarts.js';

const names = new WeakMap<object, string>();
let count = 0;

/** The name under which `geo` is registered with ECharts (registering it on first use). */
export function registeredMapName(geo: object): string {
  let name = names.get(geo);
  if (!name) {
    name = `civic-districts-${++count}`;
    registerMap(name, geo as Parameters<typeof registerMap>[1]);
    names.set(geo, name);
  }
  return name;
}
