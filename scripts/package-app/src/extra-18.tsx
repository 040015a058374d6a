// React 18 has no bare-tag support worth testing (every prop becomes a string attribute).
export function Extra(_props: { gauge: unknown; add: (line: string) => void }) {
  return null;
}
