// The city the US Postal Service names for a ZIP code, from zcs's data: 2.5 MB of JavaScript whose
// parse takes a noticeable time, so it is never loaded at start-up. The service hands the table
// over once a worker thread has built it (service/zip-cities.ts), so that the parse does not
// block the event loop while transactions are open; a check before that builds it here.
import { createRequire } from 'node:module';

/** The part of zcs used. */
export interface ZipData {
  zipLookAhead(prefix: string, limit: number): string[];
  getByZip(zip: string): { state: string; city: string };
}

let cities: ReadonlyMap<string, string> | undefined;

/** Every ZIP code zcs lists, with its city (service/zip-cities.ts builds the same in its worker). */
export function zipCityTable(zcs: ZipData): Map<string, string> {
  return new Map(zcs.zipLookAhead('', Infinity).map((zip) => [zip, zcs.getByZip(zip).city]));
}

/** Takes the table built elsewhere (in a worker thread). */
export function useZipCities(table: ReadonlyMap<string, string>): void {
  cities = table;
}

export const zipCitiesLoaded = (): boolean => cities !== undefined;

/** The city of a ZIP code (or ZIP+4), in capitals; undefined when the data does not know the ZIP. */
export function cityOfZip(postalCode: string): string | undefined {
  const zip = /^\d{5}/.exec(postalCode)?.[0];
  if (!zip) return undefined;
  cities ??= zipCityTable(createRequire(import.meta.url)('zcs') as ZipData);
  return cities.get(zip);
}
