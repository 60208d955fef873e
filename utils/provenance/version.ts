/** Bump the minor version whenever a rule is added or changes meaning; rule ids never change meaning. */
export const DETECTOR_VERSION = 'provenance-lens-detector/1.23.0';
