/**
 * The sentence a sighted reader takes from the map, in zh-CN or en:
 * "报道提及21家研究机构，其中8家可定位到区县（海曙区、北仑区、鄞州区各2家，镇海区、慈溪市各1家），13家位置未知。"
 */
import { formatNumber } from '../../core/format.js';
import type { TextContext } from '../../core/builders.js';
import { mapMessages } from './messages.js';
import { type MapModel, districtLabel } from './model.js';

/** Districts grouped by their count, most first: [[2, ['海曙区', '北仑区']], [1, ['镇海区']]]. */
export function districtGroups(model: MapModel): [number, string[]][] {
  const order: string[] = [];
  const counts = new Map<string, number>();
  for (const p of model.located) {
    if (p.district === null) continue;
    if (!counts.has(p.district)) order.push(p.district);
    counts.set(p.district, (counts.get(p.district) ?? 0) + 1);
  }
  const groups = new Map<number, string[]>();
  for (const name of order) {
    const n = counts.get(name)!;
    if (!groups.has(n)) groups.set(n, []);
    groups.get(n)!.push(name);
  }
  return [...groups.entries()].sort((a, b) => b[0] - a[0]);
}

export function instituteMapSummary(model: MapModel, { locale }: TextContext): string {
  const t = mapMessages(locale);
  if (model.total === 0) return t.noInstitutes;
  const unknown = model.unlocated.filter((u) => u.reason === 'unknown').length;
  return t.summary({
    n: (v) => formatNumber(v, locale),
    fromReport: model.fromReport,
    total: model.total,
    groups: districtGroups(model).map(([count, names]) => [count, names.map((d) => districtLabel(d, locale))]),
    located: model.located.length,
    // Coordinates without a district: only before a valid map is there to say which district.
    bare: model.located.filter((p) => p.district === null).length,
    offMap: model.unlocated.length - unknown,
    unknown,
    districtLevel: model.located.filter((p) => p.precision === 'district').length,
    sourced: model.located.filter((p) => p.institute.location.confidence === 'sourced').length,
    inferred: model.located.filter((p) => p.institute.location.confidence === 'inferred').length,
  });
}

/** The line under the title. */
export function instituteMapSubtitle(model: MapModel, { locale }: TextContext): string {
  if (!model.located.some((p) => p.precision === 'district')) return '';
  return mapMessages(locale).districtLevelSubtitle;
}
