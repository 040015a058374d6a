// What a Vue project adds once: the types of the <civic-…> tags in templates.
import type {} from 'civic-charts/vue';
