import { CivicInstituteMap } from './institute-map.js';

export { CivicInstituteMap };

if (!customElements.get('civic-institute-map')) customElements.define('civic-institute-map', CivicInstituteMap);

declare global {
  interface HTMLElementTagNameMap {
    'civic-institute-map': CivicInstituteMap;
  }
}
