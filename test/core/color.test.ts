// WCAG contrast (src/core/color.ts), used by the Storybook Theme page to flag low-contrast tokens.
import { expect } from '@open-wc/testing';
import { contrastRatio, relativeLuminance } from '../../src/core/color.js';

describe('contrast ratio (WCAG 2)', () => {
  it('is 21:1 for black on white, 1:1 for a colour on itself, either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#ffffff', '#000000')).to.equal(21);
    expect(contrastRatio('#0b6bcb', '#0b6bcb')).to.equal(1);
  });

  it('matches known values around the 4.5:1 and 3:1 thresholds', () => {
    expect(contrastRatio('#767676', '#ffffff')!).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('#777777', '#ffffff')!).to.be.closeTo(4.48, 0.01);
    expect(contrastRatio('#949494', '#ffffff')!).to.be.closeTo(3.03, 0.01);
    expect(relativeLuminance('#ffffff')).to.equal(1);
  });

  it('is undefined for what is not #rrggbb', () => {
    expect(contrastRatio('red', '#ffffff')).to.equal(undefined);
    expect(contrastRatio('#fff', '#ffffff')).to.equal(undefined);
  });
});
