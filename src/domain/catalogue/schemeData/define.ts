/** Compact form in which the scheme catalogue is written; schemes.ts expands it. */
export type ParamRow = [
  id: string,
  en: string,
  hi: string,
  unit: string,
  baseTarget: number,
  direction?: 'lower',
];

export interface SchemeDef {
  id: string;
  department: string;
  en: string;
  hi: string;
  params: ParamRow[];
}
