/**
 * The map's districts: `geo` (an object), else `geo-src` (a URL, fetched with the element's
 * `fetch-timeout`, aborted when superseded or removed), else the bundled Ningbo map (a lazy
 * chunk). Loaded only when the host needs a map, checked and indexed (`indexGeoJson`); the last
 * valid index is kept while a new map loads or when a new map is invalid.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataLoadError, fetchJson } from '../../core/data-source.js';
import { LatestLoad } from '../../core/latest-load.js';
import type { Issue } from '../../core/validate.js';
import { type GeoIndex, indexGeoJson, loadNingboDistricts } from './geo.js';

export interface GeoHost extends ReactiveControllerHost, HTMLElement {
  readonly geo?: object | null;
  readonly geoSrc?: string;
  readonly fetchTimeout: number;
}

export interface GeoConfig {
  /** True when the host needs its map now (there is data to place, or data on its way). */
  needed(): boolean;
  /** The GeoJSON property holding district names (from the data). */
  nameProperty(): string;
}

const BUNDLED = 'bundled:ningbo';

/**
 * The bundled map is ours and never changes: every map element of the page shares its index, per
 * name property, and so its placements (memoised per index in model.ts): ten maps index and place once.
 */
const bundledIndexes = new Map<string, ReturnType<typeof indexGeoJson>>();
function bundledIndex(raw: unknown, nameProperty: string): ReturnType<typeof indexGeoJson> {
  let hit = bundledIndexes.get(nameProperty);
  if (!hit) bundledIndexes.set(nameProperty, (hit = indexGeoJson(raw, nameProperty, 'geo')));
  return hit;
}

export class GeoSourceController implements ReactiveController {
  /** The last valid district map. */
  index?: GeoIndex;
  /** The map of the current source is being loaded or checked. */
  pending = false;
  /** What is wrong with the current map source, if anything. */
  issues?: Issue[];
  /** How the current source failed to load (undefined: it loaded but is invalid). */
  failure?: DataLoadError['kind'];
  private readonly load = new LatestLoad();
  private requested?: unknown;
  private raw?: unknown;
  private indexed?: { raw: unknown; nameProperty: string };

  constructor(
    private readonly host: GeoHost,
    private readonly config: GeoConfig,
  ) {
    host.addController(this);
  }

  /** A valid map is there and nothing newer is loading or wrong: the drawing can be complete. */
  get complete(): boolean {
    return !!this.index && !this.pending && !this.issues;
  }

  hostConnected(): void {
    // A map needed while the element was out of the page loads now: nothing else may update a
    // hidden element on insertion (it does not come near the viewport).
    if (this.config.needed()) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // An unfinished load is abandoned; re-inserting the element starts it again.
    if (this.load.cancel()) {
      this.requested = undefined;
      this.pending = false;
    }
  }

  /** Starts a load when the source changed and a map is needed; indexes what arrived. Call in `willUpdate`. */
  sync(): void {
    if (this.host.isConnected && this.config.needed()) this.request();
    const nameProperty = this.config.nameProperty();
    const raw = this.raw;
    if (raw === undefined || (this.indexed?.raw === raw && this.indexed.nameProperty === nameProperty)) return;
    this.indexed = { raw, nameProperty };
    const result = this.requested === BUNDLED ? bundledIndex(raw, nameProperty) : indexGeoJson(raw, nameProperty, 'geo');
    this.pending = false;
    if (result.ok) {
      this.index = result.value;
      this.issues = undefined;
    } else {
      this.issues = result.issues;
      this.failure = undefined;
    }
  }

  private request(): void {
    const { host } = this;
    const key = host.geo ?? host.geoSrc ?? BUNDLED;
    if (key === this.requested) return;
    this.requested = key;
    this.issues = this.raw = this.indexed = undefined;
    this.pending = true;
    const done = (raw: unknown) => {
      this.raw = raw;
      host.requestUpdate();
    };
    const failed = (path: string, message: string, kind: DataLoadError['kind']) => {
      this.pending = false;
      this.issues = [{ path, message }];
      this.failure = kind;
      host.requestUpdate();
    };
    const why = (e: unknown) => (e instanceof Error ? e.message : String(e));
    if (host.geo) {
      this.load.cancel();
      this.raw = host.geo;
    } else if (host.geoSrc) {
      const url = host.geoSrc;
      this.load.run(
        (signal) => fetchJson(url, signal, host.fetchTimeout),
        done,
        (e) => (e instanceof DataLoadError ? failed('geo-src', e.message, e.kind) : failed('geo-src', why(e), 'network')),
      );
    } else {
      this.load.run(
        () => loadNingboDistricts(),
        done,
        (e) => failed('geo', `the bundled district map could not be loaded (${why(e)})`, 'network'),
      );
    }
  }
}
