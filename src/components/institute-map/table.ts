/**
 * The data table (every institute, located or not, with statuses, district, how precise and how
 * sure the location is, and its sources), the keyboard items of the markers with their tooltip
 * lines, and the lines of the unlocated list. Pure functions of (model or view, context).
 */
import type { InstituteStatus, Source } from '../../data/types.js';
import type { ChartItem, TableModel } from '../../core/a11y.js';
import { formatNumber } from '../../core/format.js';
import { type Locale, text } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import { sourceCell, sourceLabel } from '../../core/sources.js';
import type { TextContext } from '../../core/builders.js';
import { mapMessages } from './messages.js';
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

const sep = (locale: Locale) => msg(locale).sep;
const colon = (locale: Locale) => msg(locale).colon;

export function confidenceLabel(c: LocationConfidence, locale: Locale): string {
  return mapMessages(locale).confidence[c];
}

export function precisionLabel(p: PlacedInstitute['precision'], locale: Locale): string {
  const t = mapMessages(locale);
  return p === 'point' ? t.pointPrecision : t.districtPrecision;
}

function reasonLabel(u: UnlocatedInstitute, locale: Locale): string {
  const t = mapMessages(locale);
  switch (u.reason) {
    case 'unknown':
      return t.unknownLocation;
    case 'notOnMap':
      return t.notOnMap(u.institute.location.district);
    case 'outsideMap':
      return t.outsideMap;
  }
}

export function hintLabel(i: InstituteMapInstitute, locale: Locale): string {
  const hint = i.location.hint ? text(i.location.hint, locale) : '';
  return hint ? `${mapMessages(locale).hint}${colon(locale)}${hint}` : '';
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
  const t = mapMessages(locale);
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
      t.notOnMapCell,
      confidenceLabel(i.location.confidence, locale),
      sourcesText(i.location.sources, locale) || '—',
      remarks(i, [reasonLabel(u, locale)]),
    ]);
  }

  const counts = [...model.counts.entries()];
  const notes: string[] = [];
  if (counts.length) {
    const list = counts.map(([d, c]) => t.districtCount(districtLabel(d, locale), formatNumber(c, locale))).join(t.districtCountSep);
    notes.push(t.countsNote(list));
  }
  return { caption: t.caption(title), columns: [...t.columns], rows, notes };
}

/** The markers drawn, under the status filter, in the order the keyboard visits them. */
export function visibleMarkers(model: MapModel, hidden: ReadonlySet<InstituteStatus>): PlacedInstitute[] {
  return model.located.filter((p) => p.position && markerStatus(p.institute.statuses, hidden));
}

export function instituteMapItems({ model, hidden }: MapView, { locale }: TextContext): ChartItem[] {
  const t = mapMessages(locale);
  return visibleMarkers(model, hidden).map((p, dataIndex) => {
    const i = p.institute;
    const shown = markerStatus(i.statuses, hidden)!;
    const loc = i.location;
    const lines = [
      instituteName(i, locale),
      `${t.statusLine}${colon(locale)}${statusList(i.statuses, locale)}`,
      `${t.markerLine}${colon(locale)}${shapeLabel(shown, locale)}`,
      `${t.locationLine}${colon(locale)}${placeText(p, locale)} · ${precisionLabel(p.precision, locale)}`,
      `${t.basisLine}${colon(locale)}${confidenceLabel(loc.confidence, locale)}${
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
  return mapMessages(locale).unlocatedHeading(formatNumber(model.unlocated.length, locale));
}

/** The legend's name for the figure. */
export function legendLabel(locale: Locale): string {
  return mapMessages(locale).legendLabel;
}

