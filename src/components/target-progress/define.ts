import { CivicTargetProgress } from './target-progress.js';

export { CivicTargetProgress };

if (!customElements.get('civic-target-progress')) customElements.define('civic-target-progress', CivicTargetProgress);

declare global {
  interface HTMLElementTagNameMap {
    'civic-target-progress': CivicTargetProgress;
  }
}
