/** Property-based tests of `<civic-cluster-gauge>`'s validator and pure builders (issue 7). */
import fc from 'fast-check';
import { clusterGaugeBuilders } from '../../src/components/cluster-gauge/builders.js';
import { gaugeModel } from '../../src/components/cluster-gauge/model.js';
import type { ClusterGaugeData } from '../../src/components/cluster-gauge/types.js';
import { validateClusterGaugeData } from '../../src/components/cluster-gauge/validate.js';
import { clusterRecordIds, loadClusterGaugeRecord } from '../../src/data/index.js';
import { clusterGaugeCrossBreakages, clusterGaugeData, clusterGaugeFields } from './arbitraries/cluster-gauge.js';
import { caseContext, expectValid, recordCases, validOrRecord, validatorProperties } from './support/element.js';
import { fingerprint, oneBreakage } from './support/mutate.js';
import { check } from './support/run.js';
import { Findings, checkOption, checkTextBuilders, renderContexts } from './support/text.js';

describe('property: civic-cluster-gauge', function () {
  this.timeout(60000);
  let records: ClusterGaugeData[] = [];
  before(async () => {
    records = (await Promise.all(clusterRecordIds.map((id) => loadClusterGaugeRecord(id)))) as ClusterGaugeData[];
  });

  describe('validateClusterGaugeData', () => {
    validatorProperties<ClusterGaugeData>({
      validate: validateClusterGaugeData,
      valid: clusterGaugeData('any'),
      records: () => records,
      breakage: (d) => oneBreakage(d, clusterGaugeFields(d), clusterGaugeCrossBreakages(d)),
      runs: { any: 200, damaged: 50, breakage: 120 },
    });
  });

  describe('builders on valid data', () => {
    const property = (data: fc.Arbitrary<ClusterGaugeData>) =>
      check(
        fc.tuple(validOrRecord({ valid: data, records: () => records }), caseContext),
        ([d, c]) => {
          expectValid(validateClusterGaugeData, d);
          const before = fingerprint(d);
          const f = new Findings();
          const model = gaugeModel(d);
          for (const ctx of renderContexts(c)) {
            checkTextBuilders(f, clusterGaugeBuilders, model, model, ctx);
            checkOption(f, `${ctx.locale} option`, clusterGaugeBuilders.option(model, ctx));
          }
          if (fingerprint(d) !== before) f.list.push('the builders changed the data');
          f.assertNone();
        },
        { runs: 60, examples: recordCases(records) },
      );

    it('published magnitudes: no NaN, undefined, Infinity, [object Object] or null in any text or option, in both locales', () => {
      property(clusterGaugeData('realistic'));
    });

    // Fails for now: derived figures (shares, paces, derived levels) overflow to ∞ for extreme
    // magnitudes the validators accept; see the regressions in regressions.test.ts.
    it('any finite magnitude the validator accepts: the same', () => {
      property(clusterGaugeData('any'));
    });
  });
});
