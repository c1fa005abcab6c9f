// `--log-format pretty`: each pino JSON line as one readable line, `TIME LEVEL message key=value…`.
// A dozen lines here instead of pino-pretty, which runs in a worker thread and brings a dozen
// packages: the simulator prints flat, short records and needs no colours or options.
const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** Fields the message already says (a request line reads `GET /path 200 1.2ms`; the start-up lines say `start`). */
const IN_MESSAGE = new Set(['level', 'time', 'msg', 'method', 'path', 'status', 'durationMs', 'start']);

const show = (value: unknown) => (typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value));

export function prettyLine(json: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json);
  } catch {
    return json;
  }
  return prettyRecord(record);
}

/** A record as pino would write it (level number, ISO time, fields, msg), as one readable line. */
export function prettyRecord(record: Record<string, unknown>): string {
  const time = typeof record.time === 'string' ? record.time.slice(11, 23) : '';
  const level = (LEVEL_NAMES[record.level as number] ?? String(record.level)).padEnd(5);
  const extra = Object.entries(record).filter(([key, value]) => !IN_MESSAGE.has(key) && value !== undefined).map(([key, value]) => `${key}=${show(value)}`);
  return `${[time, level, record.msg ?? '', ...extra].filter((part) => part !== '').join(' ')}\n`;
}
