// What the app saw, shown on the page (and read by the test like a user reading the screen).
import { useCallback, useState } from 'react';

export function useLog(): [string[], (line: string) => void] {
  const [lines, setLines] = useState<string[]>([]);
  const add = useCallback((line: string) => setLines((prev) => [...prev, line]), []);
  return [lines, add];
}
