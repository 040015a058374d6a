// Importing the define module registers <civic-institute-map> whenever the wrapper is used.
import { CivicInstituteMap } from '../components/institute-map/define.js';
import { civicComponent } from './component.js';

/** `<civic-institute-map>` as a React component. */
export const InstituteMap = /* @__PURE__ */ civicComponent('civic-institute-map', CivicInstituteMap, 'InstituteMap');
