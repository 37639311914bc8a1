/**
 * The counties on the U.S.-Mexico border, for the panel's `border` flag: the counties whose outline
 * in the Census Bureau's cartographic boundary file (us-atlas `counties-10m.json`, cited as
 * `census-us-atlas-counties`) meets the international boundary. test/border-counties.test.ts
 * derives the same list from that file. Lists of border counties differ (23 or 24 are sometimes
 * given, with Jeff Davis County, Texas); at the file's 1:10,000,000 scale this is what the Census
 * boundaries show, and the flag means that.
 */

/** FIPS codes, by state: Arizona, California, New Mexico, Texas. */
export const borderCounties: readonly string[] = [
  "04003", // Cochise
  "04019", // Pima
  "04023", // Santa Cruz
  "04027", // Yuma
  "06025", // Imperial
  "06073", // San Diego
  "35013", // Doña Ana
  "35023", // Hidalgo
  "35029", // Luna
  "48043", // Brewster
  "48061", // Cameron
  "48141", // El Paso
  "48215", // Hidalgo
  "48229", // Hudspeth
  "48271", // Kinney
  "48323", // Maverick
  "48377", // Presidio
  "48427", // Starr
  "48443", // Terrell
  "48465", // Val Verde
  "48479", // Webb
  "48505", // Zapata
];
