/**
 * The three properties every element's validator shares, registered as `it(...)`s: arbitrary input
 * never throws (nor changes the input), random damage to valid data the same, and one invalid field
 * is reported at its path.
 */
import fc from 'fast-check';
import type { ValidationResult } from '../../../src/core/validate.js';
import { type CaseContext } from './text.js';
import { type Breakage, anyInput, checkValidatorContract, damaged, namesPath, randomDamage, showPath } from './mutate.js';
import { check } from './run.js';

export interface ValidatorSuite<D> {
  validate: (v: unknown) => ValidationResult<D>;
  /** Valid data (generated). */
  valid: fc.Arbitrary<D>;
  /** Bundled records, loaded in a `before` hook (valid by the validator). */
  records: () => D[];
  /** One single invalid change of a valid value (see `oneBreakage`). */
  breakage: (d: D) => fc.Arbitrary<Breakage>;
  runs: { any: number; damaged: number; breakage: number };
  /** Where a non-object input is reported. */
  rootPath?: string;
  /** False when an ok result's value is built from the input (a district index), not the input. */
  valueIsInput?: boolean;
}

/** Valid data: generated, or one of the bundled records. */
export function validOrRecord<D>(s: Pick<ValidatorSuite<D>, 'valid' | 'records'>): fc.Arbitrary<D> {
  const records = s.records();
  return records.length ? fc.oneof({ weight: 4, arbitrary: s.valid }, { weight: 1, arbitrary: fc.constantFrom(...records) }) : s.valid;
}

export function validatorProperties<D>(s: ValidatorSuite<D>): void {
  it('arbitrary input: never throws, never changes it, ok or issues with a path and a message', () => {
    check(anyInput, (input) => void checkValidatorContract(s.validate, input, s.rootPath, s.valueIsInput), {
      runs: s.runs.any,
      examples: [undefined, null, 0, NaN, 'x', [], {}, Object.create(null), JSON.parse('{"__proto__":{"x":1}}')],
    });
  });

  it('valid data with random damage anywhere: the same contract', () => {
    const arb = validOrRecord(s).chain((base) => randomDamage(base).map((damage) => ({ base, damage })));
    check(arb, ({ base, damage }) => void checkValidatorContract(s.validate, damaged(base, damage), s.rootPath, s.valueIsInput), { runs: s.runs.damaged });
  });

  it('one invalid field: refused, and an issue names that field (or a field inside it)', () => {
    const arb = validOrRecord(s).chain((base) => s.breakage(base).map((b) => ({ base, b })));
    check(
      arb,
      ({ base, b }) => {
        const input = damaged(base, [b.damage]);
        const r = checkValidatorContract(s.validate, input, s.rootPath, s.valueIsInput);
        if (r.ok) throw new Error(`${b.what}: accepted`);
        if (!namesPath(r.issues, b.expect)) {
          throw new Error(`${b.what}: no issue names ${showPath(b.expect)}; issues: ${r.issues.map((i) => `${i.path} ${i.message}`).join(' | ')}`);
        }
      },
      { runs: s.runs.breakage },
    );
  });
}

/** Asserts the generated (or bundled) value is valid: a generator that builds invalid data is a defect of the test. */
export function expectValid<D>(validate: (v: unknown) => ValidationResult<D>, d: D): void {
  const r = validate(d);
  if (!r.ok) throw new Error(`generated data is refused: ${r.issues.map((i) => `${i.path} ${i.message}`).join(' | ')}`);
}

export const caseContext: fc.Arbitrary<CaseContext> = fc.record({
  width: fc.constantFrom(0, 300, 390, 800),
  reducedMotion: fc.boolean(),
  highContrast: fc.boolean(),
});

/** Bundled records as first cases of a (data, context) property. */
export function recordCases<D>(records: D[]): [D, CaseContext][] {
  return records.map((r) => [r, { width: 0, reducedMotion: false, highContrast: false }]);
}
