/** Stories: online clustering, timelines merged across articles, related articles, BCubed. */
export { bcubed, type BCubed } from './bcubed.js';
export { type Assignment, CLUSTER_DEFAULTS, type ClusterOptions, StoryClusterer } from './clusterer.js';
export { recordToStoryInput } from './input.js';
export { type RelatedArticle, type RelatedResult, relatedArticles } from './related.js';
export { buildTimeline, independentSources, type StoryArticle, type Timeline } from './timeline.js';
export type { NumberConflict, StoryInput, TimelineEvent, TimelineParticipant } from './types.js';
