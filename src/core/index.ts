/**
 * The core's public entry: what the adapters and the faces (CLI, task pane, standalone page) may
 * use. Everything else under src/core is internal; the lint rule in eslint.config.js keeps the
 * outside to this file.
 */
export * from './snapshot';
export * from './findings';
export * from './dates';
export * from './money';
export * from './model';
export * from './ports';
export * from './parameters';
export * from './engine';
export * from './justifications';
export * from './extract/extract';
export * from './extract/values';
export * from './extract/fields';
export * from './conditions/condition';
export * from './conditions/registry';
export * from './i18n/lang';
export * from './i18n/labels';
export * from './i18n/render';
export * from './i18n/report-texts';
export * from './i18n/parameter-texts';
export * from './report/figures';
export * from './report/json-report';
export * from './report/special-report';
export * from './report/special-report-types';
export * from './report/draft';
export * from './run-log';
export * from './report/compare';
export * from './i18n/compare-texts';
