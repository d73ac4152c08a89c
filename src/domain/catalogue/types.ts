/** Shapes shared by the generator, the cm-dashboard scorecard and the app. */
export interface Text { en: string; hi: string }

export interface Department { id: string; name: Text }

export interface Scheme { id: string; name: Text; department: string }

/** One CM-Dashboard scheme-progress parameter (target vs achievement). */
export interface SchemeParameter {
  id: string;            // e.g. "HLT_INST_DELIV"
  name: Text;
  department: string;    // Department.id
  scheme: string;        // Scheme.id
  unit: string;          // "%", "count", "days", "Rs lakh", ...
  direction: 'higher' | 'lower';
  /** Typical monthly per-district target (the generator varies it by district size). */
  baseTarget: number;
}
