// Importing the define module registers <civic-target-progress> whenever the wrapper is used.
import { CivicTargetProgress } from '../components/target-progress/define.js';
import { civicComponent } from './component.js';

/** `<civic-target-progress>` as a React component. */
export const TargetProgress = /* @__PURE__ */ civicComponent('civic-target-progress', CivicTargetProgress, 'TargetProgress');
