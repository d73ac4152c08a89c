export * from './types';
export { WILSON_Z, wilsonInterval, type Interval } from './wilson';
export { binomialUpperTail, logGamma } from './binomial';
export { FLAG_ALPHA, FLAG_RULES, DEFAULT_BURST_DAYS, officerFlags, type FlagRule } from './flags';
export { MIN_CLOSURES, DEFAULT_TOP, compareGood, comparePoor, officerRows, buildOfficerLists } from './lists';
export { periodRange, monthsBetween, addMonths, type PeriodRange } from './period';
export { officerListsCsv, OFFICER_CSV_COLUMNS } from './csv';
export { officerTrendOption, type OfficerTrendPoint } from './chart';
