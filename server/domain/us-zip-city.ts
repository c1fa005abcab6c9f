// The city the US Postal Service names for a ZIP code, from zcs's data. It is 2.5 MB of
// JavaScript that only US addresses need, so it is loaded on the first one, not at start-up.
import { createRequire } from 'node:module';

interface ZipData { getByZip(zip: string): { state: string; city: string } }

let zipData: ZipData | undefined;

/** The city of a ZIP code (or ZIP+4), in capitals; undefined when the data does not know the ZIP. */
export function cityOfZip(postalCode: string): string | undefined {
  const zip = /^\d{5}/.exec(postalCode)?.[0];
  if (!zip) return undefined;
  zipData ??= createRequire(import.meta.url)('zcs') as ZipData;
  try {
    return zipData.getByZip(zip).city;
  } catch {
    return undefined; // zcs throws on a ZIP it does not list
  }
}
