// The US ZIP-to-city table of the address rules (domain/us-zip-city.ts), built in a worker thread
// the first time a partner call needs it: parsing zcs's 2.5 MB there keeps the event loop free,
// so no transaction stays open behind the parse (a fleet's other instances would conflict with
// it). If the worker fails, the domain builds the table itself on its first use.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { useZipCities, zipCitiesLoaded } from '../domain/customers/us-zip-city.js';

// zipCityTable of domain/us-zip-city.ts, as plain JavaScript: an eval'd worker cannot import the
// TypeScript source when the simulator runs from it.
const BUILD_IN_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const zcs = require(workerData);
parentPort.postMessage(new Map(zcs.zipLookAhead('', Infinity).map((zip) => [zip, zcs.getByZip(zip).city])));
`;

let loading: Promise<void> | undefined;

/** Resolves once the table is loaded (or its worker failed); starts the worker on the first call. */
export function zipCitiesReady(): Promise<void> {
  if (zipCitiesLoaded()) return Promise.resolve();
  loading ??= new Promise<void>((resolve) => {
    const worker = new Worker(BUILD_IN_WORKER, { eval: true, workerData: createRequire(import.meta.url).resolve('zcs') });
    worker.unref();
    worker.once('message', (table: Map<string, string>) => {
      useZipCities(table);
      resolve();
      void worker.terminate();
    });
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
  return loading;
}
