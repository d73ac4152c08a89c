/**
 * How each department behaves on the CM Helpline in the sample: its share of complaints, how many
 * L1 officers an average district has, how slow and how backlog-prone it is, its satisfaction
 * tilt, its seasonality (calendar months Jan..Dec), and the designations along its L1→L4 chain.
 */
export interface DeptProfile {
  /** Relative share of all complaints. */
  share: number;
  /** L1 officers in an average-sized district (scaled by district size, at least 1). */
  l1: number;
  /** Multiplier on the typical days to close. */
  slow: number;
  /** Multiplier on the chance that a complaint gets stuck (long backlog). */
  stuck: number;
  /** Shift of the closure mix towards (+) or away from (−) satisfied closures. */
  sat: number;
  season: number[];
  titles: [l1: string, l2: string, l3: string];
}

const FLAT = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
const POWER = [0.85, 0.85, 0.95, 1.1, 1.3, 1.4, 1.6, 1.6, 1.35, 1.05, 0.9, 0.85]; // summer load + monsoon faults
const WATER = [0.8, 0.8, 1.0, 1.5, 1.9, 1.6, 1.1, 1.0, 0.9, 0.8, 0.8, 0.8]; // summer scarcity
const FARM = [1.0, 0.8, 0.8, 0.9, 0.9, 1.3, 1.4, 1.1, 1.0, 1.3, 1.6, 1.4]; // kharif and rabi inputs
const PROCURE = [1.2, 1.0, 1.0, 1.3, 1.35, 1.0, 0.95, 0.95, 0.95, 1.0, 1.0, 1.2]; // wheat and paddy
const SCHOOL = [1.0, 0.8, 0.9, 1.0, 0.7, 1.2, 1.4, 1.3, 1.2, 1.1, 1.0, 1.0];
const COLLEGE = [0.9, 0.8, 0.8, 0.8, 0.8, 1.0, 1.4, 1.5, 1.3, 1.2, 1.1, 1.0];
const LAND = [1.0, 1.0, 1.0, 1.15, 1.2, 1.1, 0.9, 0.9, 0.95, 1.0, 1.05, 1.0];
const RURAL = [1.0, 1.0, 1.05, 1.2, 1.2, 1.1, 0.9, 0.9, 0.95, 1.0, 1.0, 1.0];
const CITY = [0.9, 0.9, 0.95, 1.0, 1.05, 1.2, 1.4, 1.35, 1.1, 0.95, 0.9, 0.9]; // monsoon drains, roads

const p = (share: number, l1: number, slow: number, stuck: number, sat: number, season: number[],
  titles: [string, string, string] = ['Block Officer', 'District Officer', 'Divisional Officer']): DeptProfile =>
  ({ share, l1, slow, stuck, sat, season, titles });

export const DEPT_PROFILES: Record<string, DeptProfile> = {
  REVENUE: p(14, 4, 1.6, 2.6, -0.08, LAND, ['Tehsildar', 'Additional Collector', 'Divisional Commissioner']),
  ENERGY: p(13, 4, 0.7, 0.6, 0.06, POWER, ['Junior Engineer (Distribution Centre)', 'Executive Engineer (O&M)', 'Chief Engineer (Region)']),
  PANCHAYAT: p(11, 4, 1.3, 1.8, -0.03, RURAL, ['CEO Janpad Panchayat', 'CEO Zila Panchayat', 'Joint Commissioner (Development)']),
  URBAN: p(7, 2, 1.3, 2.2, -0.05, CITY, ['Chief Municipal Officer', 'Project Officer DUDA', 'Joint Director Urban Administration']),
  FOOD: p(7, 2, 0.9, 0.8, 0.03, PROCURE, ['Junior Supply Officer', 'District Supply Controller', 'Regional Deputy Commissioner Food']),
  HOME: p(7.5, 4, 1.2, 1.6, -0.1, FLAT, ['Station House Officer', 'Superintendent of Police', 'Inspector General of Police (Zone)']),
  HEALTH: p(4.5, 2, 0.9, 0.8, 0.04, FLAT, ['Block Medical Officer', 'Chief Medical & Health Officer', 'Regional Joint Director Health']),
  SCHOOL_EDU: p(3.5, 2, 1.0, 1.0, 0.0, SCHOOL, ['Block Education Officer', 'District Education Officer', 'Joint Director Public Instruction']),
  WCD: p(4, 2, 0.8, 0.7, 0.05, FLAT, ['Child Development Project Officer', 'District Programme Officer', 'Joint Director WCD']),
  AGRI: p(3.5, 1, 1.0, 0.9, 0.0, FARM, ['Senior Agriculture Development Officer', 'Deputy Director Agriculture', 'Joint Director Agriculture']),
  PHE: p(3.5, 1.5, 0.8, 0.9, 0.04, WATER, ['Sub Engineer PHE', 'Executive Engineer PHE', 'Superintending Engineer PHE']),
  SOCIAL_JUSTICE: p(2.8, 1, 0.9, 0.8, 0.04, FLAT, ['Social Justice Officer', 'Deputy Director Social Justice', 'Joint Director Social Justice']),
  TRIBAL: p(1.2, 1, 1.1, 1.2, -0.02, SCHOOL, ['Area Convenor Tribal Welfare', 'Assistant Commissioner Tribal Affairs', 'Deputy Commissioner Tribal Development']),
  SC_WELFARE: p(0.6, 1, 1.1, 1.0, 0.0, SCHOOL),
  BC_MINORITY: p(0.5, 1, 1.1, 1.0, 0.0, SCHOOL),
  LABOUR: p(2, 1, 1.1, 1.2, -0.02, FLAT, ['Labour Inspector', 'Labour Officer', 'Deputy Labour Commissioner']),
  COOPERATIVE: p(1.8, 1, 1.2, 1.3, -0.04, FARM, ['Cooperative Inspector', 'Deputy Registrar Cooperative', 'Joint Registrar Cooperative']),
  HIGHER_EDU: p(0.9, 1, 1.1, 1.0, 0.0, COLLEGE, ['College Principal (Lead)', 'Additional Director Higher Education', 'Additional Director (Division)']),
  PWD: p(1.2, 1, 1.4, 1.5, -0.06, CITY, ['Sub Engineer PWD', 'Executive Engineer PWD', 'Superintending Engineer PWD']),
  WRD: p(0.8, 1, 1.3, 1.4, -0.05, FARM, ['Sub Engineer WRD', 'Executive Engineer WRD', 'Superintending Engineer WRD']),
  FOREST: p(0.7, 1, 1.2, 1.2, -0.03, FLAT, ['Range Officer', 'Divisional Forest Officer', 'Chief Conservator of Forests']),
  ANIMAL_HUSB: p(0.5, 1, 0.9, 0.8, 0.03, FLAT, ['Veterinary Assistant Surgeon', 'Deputy Director Veterinary Services', 'Joint Director Veterinary Services']),
  HORTICULTURE: p(0.3, 1, 1.0, 1.0, 0.0, FARM),
  FISHERIES: p(0.15, 1, 1.0, 1.0, 0.0, FLAT),
  SKILL: p(0.4, 1, 1.0, 1.0, 0.0, FLAT),
  TRANSPORT: p(0.6, 1, 0.9, 0.9, 0.0, FLAT, ['Transport Sub Inspector', 'Regional Transport Officer', 'Deputy Transport Commissioner']),
  COMMERCIAL_TAX: p(0.25, 1, 1.1, 1.0, -0.02, FLAT),
  MINING: p(0.35, 1, 1.3, 1.5, -0.08, FLAT, ['Mining Inspector', 'District Mining Officer', 'Regional Mining Officer']),
  MEDICAL_EDU: p(0.6, 1, 1.0, 1.0, 0.0, FLAT),
  FINANCE: p(0.6, 1, 1.0, 1.0, 0.02, FLAT, ['Assistant Treasury Officer', 'District Treasury Officer', 'Joint Director Treasury']),
  GAD: p(0.5, 1, 1.2, 1.2, -0.02, FLAT),
  PUBLIC_SERVICE: p(0.5, 1, 0.8, 0.8, 0.03, FLAT, ['Lok Seva Kendra Manager', 'District e-Governance Manager', 'Divisional Coordinator']),
  MSME: p(0.25, 1, 1.2, 1.2, 0.0, FLAT),
  RENEWABLE: p(0.3, 1, 1.1, 1.0, 0.0, FARM),
  AYUSH: p(0.1, 1, 1.0, 1.0, 0.0, FLAT),
  SPORTS: p(0.1, 1, 1.0, 1.0, 0.0, FLAT),
  CULTURE: p(0.06, 1, 1.0, 1.0, 0.0, FLAT),
  TOURISM: p(0.06, 1, 1.0, 1.0, 0.0, FLAT),
  ENVIRONMENT: p(0.1, 1, 1.2, 1.2, -0.03, FLAT),
  NARMADA: p(0.15, 1, 1.3, 1.4, -0.05, FARM),
};

/** Title of the state-level (L4) officer of every department. */
export const L4_TITLE = 'Principal Secretary / Commissioner';
