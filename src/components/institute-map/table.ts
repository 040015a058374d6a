/**
 * The data table (every institute, located or not, with statuses, district, how precise and how
 * sure the location is, and its sources), the keyboard items of the markers with their tooltip
 * lines, and the lines of the unlocated list. Pure functions of (model or view, context).
 */
import type { InstituteStatus, Source } from '../../data/types.js';
import type { ChartItem, TableModel } from '../../core/a11y.js';
import { formatNumber } from '../../core/format.js';
import { type Locale, text } from '../../core/locale.js';
import { sourceCell, sourceLabel } from '../../core/sources.js';
import type { TextContext } from '../../core/builders.js';
import {
  type MapModel,
  type MapView,
  mapTitle,
  type PlacedInstitute,
  type UnlocatedInstitute,
  districtLabel,
  instituteName,
  markerStatus,
  shapeLabel,
  statusList,
} from './model.js';
import type { InstituteMapInstitute, LocationConfidence } from './types.js';

const sep = (locale: Locale) => (locale === 'en' ? '; ' : '；');
const colon = (locale: Locale) => (locale === 'en' ? ': ' : '：');

export function confidenceLabel(c: LocationConfidence, locale: Locale): string {
  const words: Record<LocationConfidence, Record<Locale, string>> = {
    sourced: { 'zh-CN': '有来源', en: 'sourced' },
    inferred: { 'zh-CN': '推断', en: 'inferred' },
    unknown: { 'zh-CN': '未知', en: 'unknown' },
  };
  return words[c][locale];
}

export function precisionLabel(p: PlacedInstitute['precision'], locale: Locale): string {
  if (p === 'point') return locale === 'en' ? 'coordinates given' : '给出的坐标';
  return locale === 'en' ? 'district-level (marker placed inside the district, not at the site)' : '区县级（标记放在区县内，不是确切地点）';
}

function reasonLabel(u: UnlocatedInstitute, locale: Locale): string {
  const en = locale === 'en';
  const d = u.institute.location.district;
  switch (u.reason) {
    case 'unknown':
      return en ? 'location unknown' : '位置未知';
    case 'notOnMap':
      return en ? `district “${d}” is not on the map` : `所在区县“${d}”不在地图上`;
    case 'outsideMap':
      return en ? 'coordinates outside the districts of the map' : '坐标不在地图的区县内';
  }
}

export function hintLabel(i: InstituteMapInstitute, locale: Locale): string {
  const hint = i.location.hint ? text(i.location.hint, locale) : '';
  return hint ? `${locale === 'en' ? 'Unconfirmed hint' : '未经确认的线索'}${colon(locale)}${hint}` : '';
}

function sourcesText(sources: Source[] | undefined, locale: Locale): string {
  return (sources ?? []).map((s) => `${sourceCell(s, locale)}${s.url ? ` ${s.url}` : ''}`).join(sep(locale));
}

function placeText(p: PlacedInstitute, locale: Locale): string {
  const zone = p.institute.location.zone;
  const d = p.district === null ? '—' : districtLabel(p.district, locale);
  return zone ? `${d}（${zone}）` : d;
}

export function instituteMapTable(model: MapModel, { locale }: TextContext): TableModel {
  const en = locale === 'en';
  const title = mapTitle(model.data, locale);
  const rows: string[][] = [];
  const remarks = (i: InstituteMapInstitute, extra: string[] = []) =>
    [...extra, hintLabel(i, locale), i.location.note ? text(i.location.note, locale) : '', i.note ? text(i.note, locale) : '']
      .filter(Boolean)
      .join(sep(locale));

  for (const p of model.located) {
    const i = p.institute;
    rows.push([
      instituteName(i, locale),
      statusList(i.statuses, locale),
      placeText(p, locale),
      precisionLabel(p.precision, locale),
      confidenceLabel(i.location.confidence, locale),
      sourcesText(i.location.sources, locale) || '—',
      remarks(i),
    ]);
  }
  for (const u of model.unlocated) {
    const i = u.institute;
    rows.push([
      instituteName(i, locale),
      statusList(i.statuses, locale),
      i.location.zone ? `—（${i.location.zone}）` : '—',
      en ? 'not on the map' : '未在地图上标注',
      confidenceLabel(i.location.confidence, locale),
      sourcesText(i.location.sources, locale) || '—',
      remarks(i, [reasonLabel(u, locale)]),
    ]);
  }

  const counts = [...model.counts.entries()];
  const notes: string[] = [];
  if (counts.length) {
    const list = counts
      .map(([d, c]) => (en ? `${districtLabel(d, locale)} ${formatNumber(c, locale)}` : `${d}${formatNumber(c, locale)}家`))
      .join(en ? ', ' : '，');
    notes.push(
      en
        ? `Institutes per district (the district shading; derived: counted from this table): ${list}.`
        : `各区县机构数（地图底色；推算值：按本表计数）：${list}。`,
    );
  }
  return {
    caption: en ? `${title}: every institute and its location` : `${title}：全部机构及其位置`,
    columns: en
      ? ['Institute', 'Status', 'District (zone)', 'Position on the map', 'Location basis', 'Location sources', 'Remarks']
      : ['机构', '状态', '区县（园区）', '图上位置', '位置依据', '位置来源', '备注'],
    rows,
    notes,
  };
}

/** The markers drawn, under the status filter, in the order the keyboard visits them. */
export function visibleMarkers(model: MapModel, hidden: ReadonlySet<InstituteStatus>): PlacedInstitute[] {
  return model.located.filter((p) => p.position && markerStatus(p.institute.statuses, hidden));
}

export function instituteMapItems({ model, hidden }: MapView, { locale }: TextContext): ChartItem[] {
  const en = locale === 'en';
  return visibleMarkers(model, hidden).map((p, dataIndex) => {
    const i = p.institute;
    const shown = markerStatus(i.statuses, hidden)!;
    const loc = i.location;
    const lines = [
      instituteName(i, locale),
      `${en ? 'Status' : '状态'}${colon(locale)}${statusList(i.statuses, locale)}`,
      `${en ? 'Marker' : '标记'}${colon(locale)}${shapeLabel(shown, locale)}`,
      `${en ? 'Location' : '位置'}${colon(locale)}${placeText(p, locale)} · ${precisionLabel(p.precision, locale)}`,
      `${en ? 'Location basis' : '位置依据'}${colon(locale)}${confidenceLabel(loc.confidence, locale)}${
        loc.sources?.length ? ` (${loc.sources.map((s) => sourceLabel(s, locale)).join(sep(locale))})` : ''
      }`,
    ];
    return {
      key: `institute:${i.id}`,
      seriesIndex: 1,
      dataIndex,
      label: instituteName(i, locale),
      lines,
      detail: {
        kind: 'institute',
        id: i.id,
        name: instituteName(i, locale),
        statuses: [...i.statuses],
        district: p.district,
        precision: p.precision,
        position: p.position ? [...p.position] : undefined,
        institute: structuredClone(i),
      },
    };
  });
}

/** The text of one entry of the unlocated list: status words, then why and any hint. */
export function unlocatedLine(u: UnlocatedInstitute, locale: Locale): string {
  const i = u.institute;
  const parts = [statusList(i.statuses, locale), reasonLabel(u, locale), hintLabel(i, locale)].filter(Boolean);
  return parts.join(' · ');
}

/** "位置未知、未在地图上标注的机构（13家）" */
export function unlocatedHeading(model: MapModel, locale: Locale): string {
  const n = formatNumber(model.unlocated.length, locale);
  return locale === 'en' ? `Not on the map: location unknown (${n})` : `位置未知、未在地图上标注的机构（${n}家）`;
}

/** The legend's name for the figure. */
export function legendLabel(locale: Locale): string {
  return locale === 'en' ? 'Show or hide markers by status' : '按状态显示或隐藏标记';
}

