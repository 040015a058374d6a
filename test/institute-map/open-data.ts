/**
 * Real open district maps for the map's tests: US states from `us-atlas` (Natural Earth–derived
 * Census boundaries, ISC licence; a devDependency), converted from TopoJSON with topojson-client.
 * The file is served by the test runner from node_modules, so nothing is fetched from the network.
 */
import { feature } from 'topojson-client';

export interface GeoFeature {
  type: 'Feature';
  properties: { name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
}
export interface GeoCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
}

const cache = new Map<string, Promise<GeoCollection>>();

async function topoFeatures(url: string, object: string): Promise<GeoCollection> {
  const topology = (await (await fetch(url)).json()) as { objects: Record<string, unknown> };
  const fc = feature(topology, topology.objects[object]) as GeoCollection;
  // The district checker wants Polygon / MultiPolygon features with a name: keep those.
  return { type: 'FeatureCollection', features: fc.features.filter((f) => f.geometry && f.properties?.name) };
}

/** The 50 states, DC and the territories of us-atlas states-10m (1:10m detail). */
export function usStates(): Promise<GeoCollection> {
  const url = '/node_modules/us-atlas/states-10m.json';
  if (!cache.has(url)) cache.set(url, topoFeatures(url, 'states'));
  return cache.get(url)!;
}
