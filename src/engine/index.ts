/**
 * @module engine
 * The only barrel of the engine: turn articles into claims, claims into facts.
 * Pure TypeScript: no I/O, no clock, no randomness; runs in Node, the browser and a Web Worker.
 */
export { analyze, analyzeArticle, buildFacts, ENGINE_VERSION } from './pipeline';
export { hashString } from './hash';
export { pluralize } from './group/format-value';
export { suggestValue, type ReviewerMark, type SuggestedValue, type SuggestionBasis, type SuggestValueInput } from './reconcile/suggest-value';
export type * from './types';
