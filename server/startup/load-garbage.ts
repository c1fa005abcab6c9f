// After a large state is loaded, most of the heap is the garbage of loading it (the file's text,
// the document, the normalized copy, the records before they were encoded). V8 would give those
// pages back to the system seconds later, once idle; collected before the simulator answers, its
// memory when ready is what it holds (with 100,000 customers, in one process: RSS 825 MB right
// after loading, 388 MB after these collections, about 0.1 s each).
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this much heap in use, a load leaves too little garbage to be worth a full collection. */
const LARGE_HEAP = 256 * 2 ** 20;
/** Full collections in a row: the first leaves pages half full, the next ones compact them. */
const COLLECTIONS = 3;

export function collectLoadGarbage(): void {
  if (v8.getHeapStatistics().used_heap_size < LARGE_HEAP) return;
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  for (let i = 0; i < COLLECTIONS; i++) gc();
}
