/**
 * The sentence a sighted reader takes from the map, in zh-CN or en:
 * "报道提及21家研究机构，其中8家可定位到区县（海曙区、北仑区、鄞州区各2家，镇海区、慈溪市各1家），13家位置未知。"
 */
import { formatNumber } from '../../core/format.js';
import type { TextContext } from '../../core/builders.js';
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

function enList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function instituteMapSummary(model: MapModel, { locale }: TextContext): string {
  const en = locale === 'en';
  const n = (v: number) => formatNumber(v, locale);
  if (model.total === 0) return en ? 'No institutes in the data.' : '暂无机构数据。';

  const groups = districtGroups(model);
  const located = model.located.length;
  // Coordinates without a district: only before a valid map is there to say which district.
  const bare = model.located.filter((p) => p.district === null).length;
  const unknown = model.unlocated.filter((u) => u.reason === 'unknown').length;
  const offMap = model.unlocated.length - unknown;
  const districtLevel = model.located.filter((p) => p.precision === 'district');
  const sourced = model.located.filter((p) => p.institute.location.confidence === 'sourced').length;
  const inferred = model.located.filter((p) => p.institute.location.confidence === 'inferred').length;

  if (en) {
    const head = model.fromReport
      ? `The report names ${n(model.total)} research ${model.total === 1 ? 'institute' : 'institutes'}`
      : `The data lists ${n(model.total)} research ${model.total === 1 ? 'institute' : 'institutes'}`;
    const parts: string[] = [];
    if (located) {
      const where = [
        ...groups.map(([count, names]) => `${enList(names.map((d) => districtLabel(d, locale)))} ${n(count)}${names.length > 1 ? ' each' : ''}`),
        ...(bare ? [`${n(bare)} by coordinates only`] : []),
      ].join('; ');
      parts.push(`${n(located)} can be placed in a district (${where})`);
    } else {
      parts.push('none can be placed in a district');
    }
    if (offMap) parts.push(`${n(offMap)} ${offMap === 1 ? 'lies' : 'lie'} outside the districts of the map`);
    if (unknown) parts.push(`the location of ${n(unknown)} is unknown`);
    let s = `${head}: ${enList(parts)}.`;
    if (located) {
      const precision = districtLevel.length === located
        ? 'Markers show the district only, not the site'
        : districtLevel.length
          ? `${n(districtLevel.length)} ${districtLevel.length === 1 ? 'marker shows' : 'markers show'} the district only, not the site`
          : 'Markers show the sites given';
      s += ` ${precision}; ${n(sourced)} ${sourced === 1 ? 'location is' : 'locations are'} sourced, ${n(inferred)} inferred.`;
    }
    return s;
  }

  const head = model.fromReport ? `报道提及${n(model.total)}家研究机构` : `数据列出${n(model.total)}家研究机构`;
  const parts: string[] = [];
  if (located) {
    const where = [
      ...groups.map(([count, names]) => `${names.join('、')}${names.length > 1 ? '各' : ''}${n(count)}家`),
      ...(bare ? [`${n(bare)}家只有坐标`] : []),
    ].join('，');
    parts.push(`其中${n(located)}家可定位到区县（${where}）`);
  } else {
    parts.push('均无法定位到区县');
  }
  if (offMap) parts.push(`${n(offMap)}家所在位置不在地图的区县内`);
  if (unknown) parts.push(`${n(unknown)}家位置未知`);
  let s = `${head}，${parts.join('，')}。`;
  if (located) {
    const precision = districtLevel.length === located
      ? '图上标记只表示所在区县，不是确切地点'
      : districtLevel.length
        ? `其中${n(districtLevel.length)}个标记只表示所在区县，不是确切地点`
        : '图上标记为给出的确切地点';
    s += `${precision}；${n(sourced)}家的位置有来源，${n(inferred)}家为推断。`;
  }
  return s;
}

/** The line under the title. */
export function instituteMapSubtitle(model: MapModel, { locale }: TextContext): string {
  const en = locale === 'en';
  if (!model.located.some((p) => p.precision === 'district')) return '';
  return en
    ? 'Markers are placed inside their district: the position is district-level, not the site.'
    : '标记放在所在区县内，位置只到区县一级，不是确切地点。';
}
