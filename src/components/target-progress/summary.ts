/**
 * TargetProgressData → what a sighted reader takes from the rows, in zh-CN or en:
 * "2019年新增高新技术企业815家，完成全年600家目标的136%。" Pure functions.
 */
import { formatNumber, formatQuantity, formatValue } from '../../core/format.js';
import { type Locale, text } from '../../core/locale.js';
import type { TextContext } from '../../core/builders.js';
import { type GoalModel, type ProgressModel, measureText } from './model.js';
import { deadlineText, isEn, obsValue, pct, period, targetPhrase, targetValue } from './words.js';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The pace quantity without "a year", with the pace unit (percentage points for a `%` goal). */
function paceQty(m: GoalModel, perYear: number, locale: Locale): string {
  const a = Math.abs(perYear);
  const decimals = a === 0 ? 0 : a < 1 ? 2 : a < 10 ? 1 : 0;
  const unit = m.goal.target.unit === '%' ? 'pp' : m.goal.target.unit;
  return formatQuantity(Number(a.toFixed(decimals)), unit, locale, { counterZh: m.goal.counter?.zh, counterEn: m.goal.counter?.en });
}

function paceClause(m: GoalModel, locale: Locale): string {
  const en = isEn(locale);
  const g = m.goal;
  const parts: string[] = [];
  const y = g.deadline.year;
  if (m.paceSoFar) {
    const up = m.paceSoFar.perYear >= 0;
    const q = paceQty(m, m.paceSoFar.perYear, locale);
    if (m.kind === 'level' && m.baseline) {
      const since = period(m.baseline, locale, false);
      const bv = obsValue(g, m.baseline, locale);
      parts.push(en ? `${up ? 'up' : 'down'} ${q} a year on average since ${since} (${bv})` : `自${since}的${bv}以来平均每年${up ? '提高' : '下降'}${q}`);
    } else {
      parts.push(en ? `${q} a year so far` : `目前平均每年${up ? '增加' : '减少'}${q}`);
    }
  }
  if (m.paceNeeded && y !== null) {
    const q = paceQty(m, m.paceNeeded.perYear, locale);
    const verb = m.kind === 'level' ? '提高' : '增加';
    parts.push(en ? `${q} a year is needed to reach the target by the end of ${y}` : `到${y}年底还需每年${verb}${q}`);
  }
  if (parts.length) return en ? `; ${parts.join(', and ')} (derived)` : `；${parts.join('，')}（推算值）`;
  if (!m.met && m.deadlinePassed) return en ? '; the deadline has passed without the target being reached' : '；期限已过，未达到目标';
  if (y === null && m.kind !== 'ratio') return en ? '; no deadline is stated' : '；目标未写明期限';
  return '';
}

/** One goal's sentence. */
export function goalSentence(m: GoalModel, locale: Locale): string {
  const en = isEn(locale);
  const g = m.goal;
  const label = text(g.label, locale);
  if (!m.latest || m.pct === undefined) {
    const t = targetValue(g, locale);
    return en
      ? `${label}: target ${t}, ${deadlineText(g, locale)}; no progress reported.`
      : `${label}：目标${t}，${deadlineText(g, locale)}，暂无进展数据。`;
  }
  const o = m.latest;
  const low = o.source.confidence === 'low' ? (en ? ' (low-confidence source)' : '（来源可信度低）') : '';
  const atLeast = o.bound === 'lowerBound';
  const p = pct(m.pct, locale);
  if (m.kind === 'ratio') {
    const whole = text(g.whole ?? '', locale);
    const part = measureText(g, locale);
    if (en) {
      const n = formatValue(o.value, o.unit === 'count' ? 'count' : o.unit, o.bound, locale);
      const total = formatValue(g.target.value, g.target.unit, g.target.bound, locale);
      return `${cap(`${n} of the ${total}${whole ? ` ${whole}` : ''} ${part}`)}${low} (${atLeast ? 'at least ' : ''}${p}).`;
    }
    return `${whole}${targetValue(g, locale)}中，${obsValue(g, o, locale)}${part}${low}（${atLeast ? '至少' : ''}占${p}）。`;
  }
  const tp = targetPhrase(m, locale);
  const when = period(o, locale, false);
  const measure = measureText(g, locale);
  const v = obsValue(g, o, locale);
  if (en) {
    return `${cap(measure)}: ${v} in ${when}${low}, ${atLeast ? 'at least ' : ''}${p} of ${tp.en}${paceClause(m, locale)}.`;
  }
  return `${when}${measure}${v}${low}，${atLeast ? '至少' : ''}完成${tp.zh}目标的${p}${paceClause(m, locale)}。`;
}

export function targetProgressSummary(pm: ProgressModel, { locale }: TextContext): string {
  const en = isEn(locale);
  const models = pm.goals;
  const sentences = models.map((m) => goalSentence(m, locale));
  if (models.length === 1) return sentences[0];
  const goals = models.filter((m) => m.kind !== 'ratio');
  const met = goals.filter((m) => m.latest && m.met).length;
  const open = goals.filter((m) => m.latest && !m.met).length;
  const none = models.filter((m) => !m.latest).length;
  const ratios = models.filter((m) => m.kind === 'ratio' && m.latest).length;
  const n = (k: number) => formatNumber(k, locale);
  const head = en
    ? [
        met ? `${n(met)} reached` : '',
        open ? `${n(open)} not yet reached` : '',
        none ? `${n(none)} with no progress reported` : '',
        ratios ? `${n(ratios)} ${ratios === 1 ? 'is a part' : 'are parts'} of a whole` : '',
      ].filter(Boolean)
    : [
        met ? `${n(met)}个已达到` : '',
        open ? `${n(open)}个尚未达到` : '',
        none ? `${n(none)}个暂无进展数据` : '',
        ratios ? `${n(ratios)}个为部分与整体的比例` : '',
      ].filter(Boolean);
  return en
    ? `${n(models.length)} goals: ${head.join(', ')}. ${sentences.join(' ')}`
    : `共${n(models.length)}项：${head.join('，')}。${sentences.join('')}`;
}

/** The value text of a goal's meter: "815家，目标600家的136%". */
export function valueText(m: GoalModel, locale: Locale): string {
  const en = isEn(locale);
  if (!m.latest || m.pct === undefined) return '';
  const v = obsValue(m.goal, m.latest, locale);
  const t = targetValue(m.goal, locale);
  const atLeast = m.latest.bound === 'lowerBound';
  const p = pct(m.pct, locale);
  if (m.kind === 'ratio') return en ? `${v} of ${t}, ${atLeast ? 'at least ' : ''}${p}` : `${t}中的${v}，${atLeast ? '至少' : ''}占${p}`;
  return en ? `${v}, ${atLeast ? 'at least ' : ''}${p} of the target ${t}` : `${v}，${atLeast ? '至少为' : ''}目标${t}的${p}`;
}


