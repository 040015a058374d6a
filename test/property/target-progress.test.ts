/** Property-based tests of `<civic-target-progress>`'s validator, pure builders and figure (issue 7). */
import fc from 'fast-check';
import { targetProgressBuilders } from '../../src/components/target-progress/builders.js';
import { renderGoals } from '../../src/components/target-progress/figure.js';
import { progressModel } from '../../src/components/target-progress/model.js';
import { targetProgressOption } from '../../src/components/target-progress/options.js';
import { progressSvg } from '../../src/components/target-progress/svg.js';
import { staticPalette } from '../../src/core/palettes.js';
import { valueText } from '../../src/components/target-progress/summary.js';
import type { TargetProgressData } from '../../src/components/target-progress/types.js';
import { validateTargetProgressData } from '../../src/components/target-progress/validate.js';
import { loadTargetProgressRecord, targetProgressRecordIds } from '../../src/data/index.js';
import { targetProgressCrossBreakages, targetProgressData, targetProgressFields } from './arbitraries/target-progress.js';
import { caseContext, expectValid, recordCases, validOrRecord, validatorProperties } from './support/element.js';
import { fingerprint, oneBreakage } from './support/mutate.js';
import { check } from './support/run.js';
import { Findings, LOCALES, checkTemplate, checkTextBuilders } from './support/text.js';

const handlers = { active: -1, pick: () => {}, hover: () => {}, leave: () => {} };

describe('property: civic-target-progress', function () {
  this.timeout(60000);
  let records: TargetProgressData[] = [];
  before(async () => {
    records = (await Promise.all(targetProgressRecordIds.map((id) => loadTargetProgressRecord(id)))) as TargetProgressData[];
  });

  describe('validateTargetProgressData', () => {
    validatorProperties<TargetProgressData>({
      validate: validateTargetProgressData,
      valid: targetProgressData('any'),
      records: () => records,
      breakage: (d) => oneBreakage(d, targetProgressFields(d), targetProgressCrossBreakages(d)),
      runs: { any: 200, damaged: 50, breakage: 120 },
    });
  });

  describe('builders and figure on valid data', () => {
    const property = (data: fc.Arbitrary<TargetProgressData>) =>
      check(
        fc.tuple(validOrRecord({ valid: data, records: () => records }), caseContext),
        ([d, c]) => {
          expectValid(validateTargetProgressData, d);
          const before = fingerprint(d);
          const f = new Findings();
          const model = progressModel(d);
          for (const locale of LOCALES) {
            checkTextBuilders(f, targetProgressBuilders, model, model, { locale });
            model.goals.forEach((g, i) => f.text(`${locale} valueText[${i}]`, valueText(g, locale)));
            // The native figure: its text and every attribute (geometry, aria) as rendered; and the
            // standalone SVG drawn from the same option.
            checkTemplate(f, `${locale} figure`, renderGoals(model.goals, targetProgressOption(model, { locale }, c.width !== 300), locale, handlers));
            const palette = staticPalette(c.highContrast ? 'high-contrast' : 'light');
            f.text(`${locale} svg`, progressSvg(model, { locale, palette, reducedMotion: c.reducedMotion, width: c.width }));
          }
          if (fingerprint(d) !== before) f.list.push('the builders changed the data');
          f.assertNone();
        },
        { runs: 40, examples: recordCases(records) },
      );

    it('published magnitudes: no NaN, undefined, Infinity, [object Object] or null in any text or in the figure, in both locales', () => {
      property(targetProgressData('realistic'));
    });

    // Fails for now: derived figures (shares, paces, derived levels) overflow to ∞ for extreme
    // magnitudes the validators accept; see the regressions in regressions.test.ts.
    it('any finite magnitude the validator accepts: the same', () => {
      property(targetProgressData('any'));
    });
  });
});
