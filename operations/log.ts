/**
 * A service's log: one JSON line per event on stdout through pino, each with the time, the service and the
 * event's fields (its request id among them); the level configurable (`WEFT_LOG_LEVEL`, default info).
 * Failures log at warn, so `WEFT_LOG_LEVEL=warn` keeps only them.
 */
import { pino } from 'pino';

/** An event's fields: its `event` name, its `requestId` where it has one, and its details. */
export type ServiceLog = (event: Readonly<Record<string, unknown>>) => void;

const WARNINGS = new Set(['failed', 'refused', 'step-failed', 'undeliverable', 'webhook-dead-lettered']);

export function serviceLog(service: string, level = process.env.WEFT_LOG_LEVEL ?? 'info'): ServiceLog {
  const logger = pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
  return (event) => {
    if (WARNINGS.has(String(event.event))) logger.warn(event);
    else logger.info(event);
  };
}

/** Hands each event to every one of `logs`: the log line, the metrics that count it. */
export function fanOut<E>(...logs: ReadonlyArray<((event: E) => void) | undefined>): (event: E) => void {
  const targets = logs.filter((l): l is (event: E) => void => l !== undefined);
  return (event) => {
    for (const log of targets) log(event);
  };
}
