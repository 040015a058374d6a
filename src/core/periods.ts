/**
 * Periods as published: parsing ('2019', '2019-H1', '2019-Q1', '2019-05', '2019-01..09',
 * '2019-W05', '2019-01-31', or free text kept as written) and wording (the words: messages.ts).
 */
import type { Observation } from '../data/types.js';
import { type Locale, text } from './locale.js';
import { formatMsg } from './messages.js';

/** A parsed period; `kind: 'text'` keeps a period that no pattern fits, shown as written. */
export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'months'; year: number; from: number; to: number }
  | { kind: 'week'; year: number; week: number }
  | { kind: 'day'; year: number; month: number; day: number }
  | { kind: 'text'; text: string; year?: number };

/** The number of ISO weeks of a year: 53 when 1 January or 31 December falls on a Thursday. */
export function isoWeeksIn(year: number): number {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const dec31 = new Date(Date.UTC(year, 11, 31)).getUTCDay();
  return jan1 === 4 || dec31 === 4 ? 53 : 52;
}

/** Monday of ISO week `week` of `year`, in UTC ms. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0
  return jan4 - dow * 86400000 + (week - 1) * 7 * 86400000;
}

/** The decimal number of `n` digits of `s` at `at`, or -1 (no regular expression: see parsePeriod). */
function digitsAt(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

export function parsePeriod(period: string): Period {
  // Years and months without a regular expression: a long monthly series parses 10,000 of them
  // per update (a fifth of its model's time went to the patterns below).
  const year = digitsAt(period, 0, 4);
  if (year >= 0) {
    if (period.length === 4) return { kind: 'year', year };
    if (period.length === 7 && period.charCodeAt(4) === 45) {
      const month = digitsAt(period, 5, 2);
      if (month >= 1 && month <= 12) return { kind: 'month', year, month };
    }
  }
  const p = period.trim();
  let m = /^(\d{4})$/.exec(p);
  if (m) return { kind: 'year', year: +m[1] };
  m = /^(\d{4})-H([12])$/.exec(p);
  if (m) return { kind: 'half', year: +m[1], half: +m[2] as 1 | 2 };
  m = /^(\d{4})-Q([1-4])$/.exec(p);
  if (m) return { kind: 'quarter', year: +m[1], quarter: +m[2] };
  m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { kind: 'month', year: +m[1], month: +m[2] };
  m = /^(\d{4})-(\d{2})\.\.(\d{2})$/.exec(p);
  if (m && +m[2] >= 1 && +m[3] <= 12 && +m[2] <= +m[3]) {
    return { kind: 'months', year: +m[1], from: +m[2], to: +m[3] };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(p);
  if (m && +m[2] >= 1 && +m[2] <= isoWeeksIn(+m[1])) return { kind: 'week', year: +m[1], week: +m[2] };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p);
  if (m) {
    const [year, month, day] = [+m[1], +m[2], +m[3]];
    const d = new Date(Date.UTC(year, month - 1, day));
    // A real calendar date only: 2019-02-30 is text, not 2 March.
    if (d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day) return { kind: 'day', year, month, day };
  }
  const y = /(?:^|\D)(\d{4})(?:\D|$)/.exec(p);
  return y ? { kind: 'text', text: p, year: +y[1] } : { kind: 'text', text: p };
}

/** "2019年一季度" / "Q1 2019", "2022年1–9月" / "Jan–Sep 2022", "2019年第5周" / "Week 5, 2019"; free text as written. */
export function formatPeriod(period: string, locale: Locale): string {
  const p = parsePeriod(period);
  return p.kind === 'text' ? p.text : formatMsg(locale).period[p.kind](p as never);
}

/** An observation's period as a reader sees it: its label for free text, else `formatPeriod`. */
export function observationPeriod(o: Pick<Observation, 'period' | 'periodLabel'>, locale: Locale): string {
  return o.periodLabel && parsePeriod(o.period).kind === 'text' ? text(o.periodLabel, locale) : formatPeriod(o.period, locale);
}
