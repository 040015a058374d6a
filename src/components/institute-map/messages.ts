/** The map's own words, one table per locale (see core/messages.ts). */
import { localized } from '../../core/messages.js';
import type { InstituteStatus, LocationConfidence } from './types.js';

/** What the summary sentence counts. District names as the reader reads them. */
export interface MapSummaryCounts {
  n: (v: number) => string;
  /** Every institute's source is the report itself. */
  fromReport: boolean;
  total: number;
  /** Districts grouped by their count, most first: [[2, ['海曙区', '北仑区']], [1, ['镇海区']]]. */
  groups: [number, string[]][];
  located: number;
  /** Located by coordinates, without a district (before the map is there). */
  bare: number;
  /** Coordinates off the map, or a district the map lacks. */
  offMap: number;
  unknown: number;
  /** Markers placed inside their district, the site unknown. */
  districtLevel: number;
  sourced: number;
  inferred: number;
}

const zh = {
  defaultTitle: '研究机构分布',
  status: {
    introduced: '已引进建设',
    substantiveConstruction: '已启动实质性建设',
    toBeIntroduced: '洽谈引进中',
    plannedLab: '规划建设的实验室',
    mentioned: '仅被提及',
  } as Record<InstituteStatus, string>,
  shape: {
    substantiveConstruction: '方形',
    introduced: '圆形',
    toBeIntroduced: '三角形',
    plannedLab: '菱形',
    mentioned: '十字形',
  } as Record<InstituteStatus, string>,
  /** A district's name as the reader reads it (the map's names are Chinese). */
  district: (name: string) => name,

  // ---- the summary ----
  noInstitutes: '暂无机构数据。',
  summary: (o: MapSummaryCounts) => {
    const { n } = o;
    const head = o.fromReport ? `报道提及${n(o.total)}家研究机构` : `数据列出${n(o.total)}家研究机构`;
    const parts: string[] = [];
    if (o.located) {
      const where = [
        ...o.groups.map(([count, names]) => `${names.join('、')}${names.length > 1 ? '各' : ''}${n(count)}家`),
        ...(o.bare ? [`${n(o.bare)}家只有坐标`] : []),
      ].join('，');
      parts.push(`其中${n(o.located)}家可定位到区县（${where}）`);
    } else {
      parts.push('均无法定位到区县');
    }
    if (o.offMap) parts.push(`${n(o.offMap)}家所在位置不在地图的区县内`);
    if (o.unknown) parts.push(`${n(o.unknown)}家位置未知`);
    let s = `${head}，${parts.join('，')}。`;
    if (o.located) {
      const precision =
        o.districtLevel === o.located
          ? '图上标记只表示所在区县，不是确切地点'
          : o.districtLevel
            ? `其中${n(o.districtLevel)}个标记只表示所在区县，不是确切地点`
            : '图上标记为给出的确切地点';
      s += `${precision}；${n(o.sourced)}家的位置有来源，${n(o.inferred)}家为推断。`;
    }
    return s;
  },
  districtLevelSubtitle: '标记放在所在区县内，位置只到区县一级，不是确切地点。',

  // ---- the table, the tooltips and the unlocated list ----
  confidence: { sourced: '有来源', inferred: '推断', unknown: '未知' } as Record<LocationConfidence, string>,
  pointPrecision: '给出的坐标',
  districtPrecision: '区县级（标记放在区县内，不是确切地点）',
  unknownLocation: '位置未知',
  notOnMap: (district: string | null) => `所在区县“${district}”不在地图上`,
  outsideMap: '坐标不在地图的区县内',
  hint: '未经确认的线索',
  notOnMapCell: '未在地图上标注',
  /** One district of the count note: "海曙区2家". */
  districtCount: (district: string, n: string) => `${district}${n}家`,
  districtCountSep: '，',
  countsNote: (list: string) => `各区县机构数（地图底色；推算值：按本表计数）：${list}。`,
  caption: (title: string) => `${title}：全部机构及其位置`,
  columns: ['机构', '状态', '区县（园区）', '图上位置', '位置依据', '位置来源', '备注'],
  statusLine: '状态',
  markerLine: '标记',
  locationLine: '位置',
  basisLine: '位置依据',
  unlocatedHeading: (n: string) => `位置未知、未在地图上标注的机构（${n}家）`,
  legendLabel: '按状态显示或隐藏标记',

  // ---- the drawing and the element ----
  /** A piece of the district scale: "2家", "1–3家". */
  countPiece: (label: string) => `${label}家`,
  scaleTitle: '区县机构数：',
  mapFailed: '地图无法显示',
  mapLoading: '正在加载地图…',
  toggleTitle: (shown: boolean, status: string) => `${shown ? '隐藏' : '显示'}标记：${status}`,
  onMap: (n: string) => `图上${n}家`,
  /** Between an unlocated institute's name and why it is not on the map. */
  whySep: '：',
};

export type MapMessages = typeof zh;

/** English names of Ningbo's ten districts; other maps' names are shown as written. */
const DISTRICT_EN: Record<string, string> = {
  海曙区: 'Haishu',
  江北区: 'Jiangbei',
  北仑区: 'Beilun',
  镇海区: 'Zhenhai',
  鄞州区: 'Yinzhou',
  奉化区: 'Fenghua',
  余姚市: 'Yuyao',
  慈溪市: 'Cixi',
  宁海县: 'Ninghai',
  象山县: 'Xiangshan',
};

/** "a", "a and b", "a, b and c". */
function enList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const en: MapMessages = {
  defaultTitle: 'Research institutes by district',
  status: {
    introduced: 'introduced',
    substantiveConstruction: 'substantive construction under way',
    toBeIntroduced: 'to be introduced',
    plannedLab: 'planned lab',
    mentioned: 'mentioned only',
  },
  shape: {
    substantiveConstruction: 'square',
    introduced: 'circle',
    toBeIntroduced: 'triangle',
    plannedLab: 'diamond',
    mentioned: 'plus sign',
  },
  district: (name) => DISTRICT_EN[name] ?? name,

  noInstitutes: 'No institutes in the data.',
  summary: (o) => {
    const { n } = o;
    const institutes = `research ${o.total === 1 ? 'institute' : 'institutes'}`;
    const head = o.fromReport ? `The report names ${n(o.total)} ${institutes}` : `The data lists ${n(o.total)} ${institutes}`;
    const parts: string[] = [];
    if (o.located) {
      const where = [
        ...o.groups.map(([count, names]) => `${enList(names)} ${n(count)}${names.length > 1 ? ' each' : ''}`),
        ...(o.bare ? [`${n(o.bare)} by coordinates only`] : []),
      ].join('; ');
      parts.push(`${n(o.located)} can be placed in a district (${where})`);
    } else {
      parts.push('none can be placed in a district');
    }
    if (o.offMap) parts.push(`${n(o.offMap)} ${o.offMap === 1 ? 'lies' : 'lie'} outside the districts of the map`);
    if (o.unknown) parts.push(`the location of ${n(o.unknown)} is unknown`);
    let s = `${head}: ${enList(parts)}.`;
    if (o.located) {
      const precision =
        o.districtLevel === o.located
          ? 'Markers show the district only, not the site'
          : o.districtLevel
            ? `${n(o.districtLevel)} ${o.districtLevel === 1 ? 'marker shows' : 'markers show'} the district only, not the site`
            : 'Markers show the sites given';
      s += ` ${precision}; ${n(o.sourced)} ${o.sourced === 1 ? 'location is' : 'locations are'} sourced, ${n(o.inferred)} inferred.`;
    }
    return s;
  },
  districtLevelSubtitle: 'Markers are placed inside their district: the position is district-level, not the site.',

  confidence: { sourced: 'sourced', inferred: 'inferred', unknown: 'unknown' },
  pointPrecision: 'coordinates given',
  districtPrecision: 'district-level (marker placed inside the district, not at the site)',
  unknownLocation: 'location unknown',
  notOnMap: (district) => `district “${district}” is not on the map`,
  outsideMap: 'coordinates outside the districts of the map',
  hint: 'Unconfirmed hint',
  notOnMapCell: 'not on the map',
  districtCount: (district, n) => `${district} ${n}`,
  districtCountSep: ', ',
  countsNote: (list) => `Institutes per district (the district shading; derived: counted from this table): ${list}.`,
  caption: (title) => `${title}: every institute and its location`,
  columns: ['Institute', 'Status', 'District (zone)', 'Position on the map', 'Location basis', 'Location sources', 'Remarks'],
  statusLine: 'Status',
  markerLine: 'Marker',
  locationLine: 'Location',
  basisLine: 'Location basis',
  unlocatedHeading: (n) => `Not on the map: location unknown (${n})`,
  legendLabel: 'Show or hide markers by status',

  countPiece: (label) => label,
  scaleTitle: 'Institutes per district:',
  mapFailed: 'The map cannot be shown',
  mapLoading: 'Loading the map…',
  toggleTitle: (shown, status) => `${shown ? 'Hide' : 'Show'} markers: ${status}`,
  onMap: (n) => `${n} on the map`,
  whySep: ' — ',
};

export const mapMessages = localized({ 'zh-CN': zh, en });
