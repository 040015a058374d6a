// topojson-client ships no types; the tests use one function of it.
declare module 'topojson-client' {
  export function feature(topology: unknown, object: unknown): unknown;
}
