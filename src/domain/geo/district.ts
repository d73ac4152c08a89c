/** The shape of a state's district list, and the two helpers its data files are written with. */
export interface District {
  name: string;        // canonical English name
  hi: string;          // common Hindi spelling
  aliases: string[];   // other English/Hindi spellings that must match
  division: string;    // English division name
  lgd: number;         // LGD code; 0 where none is carried
  lat: number;         // approximate headquarters (for the tile map)
  lon: number;
}

export interface Division { name: string; hi: string }

/** Divisions from English name → Hindi name, in the order given. */
export const divisions = (names: Record<string, string>): Division[] => Object.entries(names).map(([name, hi]) => ({ name, hi }));

/** One district row: English and Hindi name, division, LGD code (0: none), headquarters, other spellings. */
export const district = (name: string, hi: string, division: string, lgd: number, lat: number, lon: number, aliases: string[] = []): District =>
  ({ name, hi, division, lgd, lat, lon, aliases });

/** A district row for a state whose list carries no LGD codes (lgd 0). */
export const districtNoLgd = (name: string, hi: string, division: string, lat: number, lon: number, aliases: string[] = []): District =>
  district(name, hi, division, 0, lat, lon, aliases);
