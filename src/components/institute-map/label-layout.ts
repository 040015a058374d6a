/**
 * ECharts' LabelLayout feature (hideOverlap of the district names), registered explicitly: echarts/core
 * registers it too, but that module is not among ECharts' declared side effects, so a bundler drops
 * the registration. It costs 4 kB gzip and only maps with many small districts need it, so the
 * element loads this module on demand (`import()`, a chunk of its own) and the static renderer
 * imports it directly.
 */
import { LabelLayout } from 'echarts/features';
import { use } from '../../core/echarts.js';

use([LabelLayout]);
