/**
 * The public data type of `<civic-institute-map>`: research institutes, where they are (as far as
 * anyone knows), and how they stand. A location is mostly known only to the district; the element
 * then places the marker inside the district and says the position is district-level.
 */
import type { InstituteStatus, LocalizedText, LocationConfidence, Source } from '../../data/types.js';

export type { InstituteStatus, LocationConfidence };

/** Where an institute is, as far as the sources say. */
export interface InstituteMapLocation {
  /**
   * The district, named exactly as in the map's district name property (`海曙区`); null when
   * unknown. A null district without `lon`/`lat` is never plotted: the institute is listed beside
   * the map.
   */
  district: string | null;
  /** A known point (WGS84 degrees); both or neither. The marker is then drawn there. */
  lon?: number;
  lat?: number;
  /** `sourced`: a source states the place; `inferred`: reasoned from sources; `unknown`. */
  confidence: LocationConfidence;
  /** A zone inside or across districts (梅山, 宁波国家高新区), shown in the tooltip and table. */
  zone?: string | null;
  /**
   * An unconfirmed hint at the place (江北区?). Shown as "未经确认的线索：…" / "Unconfirmed hint: …";
   * it never places a marker.
   */
  hint?: LocalizedText;
  note?: LocalizedText;
  /** The pages the location comes from. */
  sources?: Source[];
}

/** One institute (or campus, lab, platform). */
export interface InstituteMapInstitute {
  /** Stable, unique within the data. */
  id: string;
  name: LocalizedText;
  /**
   * Its role, one or several (an institute can be both introduced and under substantive
   * construction): the marker takes the most advanced, the tooltip and table list all.
   */
  statuses: InstituteStatus[];
  kind?: 'institute' | 'campus' | 'lab' | 'platform';
  location: InstituteMapLocation;
  /** Where the institute is named (the report's words, or a page). */
  source: Source;
  note?: LocalizedText;
}

/** Data for `<civic-institute-map>`. */
export interface InstituteMapData {
  /** Stable id (`institutes` for the bundled record). */
  id?: string;
  title?: LocalizedText;
  institutes: InstituteMapInstitute[];
  /** Which GeoJSON feature property holds the district name. Default `name`. */
  districtNameProperty?: string;
  /**
   * The part of the map to show, `[west, south, east, north]` in degrees. By default the view fits
   * the districts that matter: every district with an institute, and the main group of districts
   * (far-off islands and exclaves without institutes do not shrink the rest).
   */
  bounds?: [number, number, number, number];
  /** Notes shown under the map (context, caveats). */
  notes?: LocalizedText[];
}
