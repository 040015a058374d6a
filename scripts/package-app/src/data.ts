// Illustrative data, not real statistics: the app a user would write, with typed data objects.
import type { ClusterGaugeData, LocalizedText, Source } from 'civic-charts/classes';

const source: Source = { kind: 'illustrative', quote: 'Illustrative data, not real statistics' };

function cluster(en: string, zh: string, value: number): ClusterGaugeData {
  return {
    name: { zh, en },
    tier: '千亿级',
    target: { value: 1000, unit: '亿元', year: null, source },
    value: { period: '2020', value, unit: '亿元', bound: 'exact', source },
  };
}

export const firstCluster = cluster('Smart home appliances', '智能家电', 1031.7);
export const secondCluster = cluster('Biomedicine', '生物医药', 420);
/** Fails validation on purpose: the element must report it through onCivicError. */
export const invalidCluster = { name: { zh: '无效' } } as unknown as ClusterGaugeData;

/** The English of a text (LocalizedText may be a plain string). */
export const english = (text: LocalizedText): string => (typeof text === 'string' ? text : (text.en ?? text.zh ?? ''));
