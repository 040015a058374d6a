/**
 * Target progress's pure builders in one place: what the element, the static renderer and the
 * tests share. Each takes the model (every goal's derived figures and the common scale).
 */
import type { ElementBuilders } from '../../core/builders.js';
import { text } from '../../core/locale.js';
import { msg } from '../../core/messages.js';
import { progressMessages } from './messages.js';
import { type ProgressModel, progressTitle } from './model.js';
import { targetProgressSummary } from './summary.js';
import { targetProgressItems, targetProgressTable } from './table.js';

export const targetProgressBuilders: ElementBuilders<ProgressModel> = {
  /** Empty when no goal has any reported progress: the empty state lists each goal and says so. */
  isEmpty: (m) => !m.goals.some((g) => g.latest),
  title: (m, { locale }) => progressTitle(m.data, locale),
  subtitle: () => '',
  summary: targetProgressSummary,
  table: targetProgressTable,
  notes: (m, { locale }) => {
    const t = progressMessages(locale);
    const many = m.data.goals.length > 1;
    const out = (m.data.notes ?? []).map((n) => text(n, locale));
    for (const g of m.data.goals) {
      const prefix = many ? `${text(g.label, locale)}${msg(locale).colon}` : '';
      for (const n of g.notes ?? []) out.push(`${prefix}${text(n, locale)}`);
      for (const lt of g.laterTargets ?? []) out.push(`${prefix}${t.laterTarget(text(lt.label, locale))}`);
    }
    return out;
  },
  sources: (m) =>
    m.data.goals.flatMap((g) => [g.target.source, ...(g.baseline ? [g.baseline.source] : []), ...g.progress.map((o) => o.source)]),
  items: targetProgressItems,
};
