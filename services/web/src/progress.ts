import type { Api } from './api';
import { ProblemError } from './api';
import { isTerminal, type JobView, type Stage } from './types';

export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * Incremental text/event-stream parser (WHATWG rules that matter here: CRLF/LF/CR line ends,
 * "field: value", multi-line data joined by \n, comments starting with ':', blank line dispatches).
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  private id: string | undefined;

  push(chunk: string): SseEvent[] {
    this.buffer += chunk;
    const out: SseEvent[] = [];
    for (;;) {
      const m = /\r\n|\r|\n/.exec(this.buffer);
      if (!m) break;
      // a lone \r at the end of the buffer may be the first half of \r\n; wait for more
      if (m[0] === '\r' && m.index === this.buffer.length - 1) break;
      const line = this.buffer.slice(0, m.index);
      this.buffer = this.buffer.slice(m.index + m[0].length);
      const ev = this.line(line);
      if (ev) out.push(ev);
    }
    return out;
  }

  private line(line: string): SseEvent | null {
    if (line === '') {
      if (this.data.length === 0) {
        this.event = '';
        return null;
      }
      const ev: SseEvent = { event: this.event || 'message', data: this.data.join('\n'), id: this.id };
      this.event = '';
      this.data = [];
      return ev;
    }
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    else if (field === 'id') this.id = value;
    return null;
  }
}

export const STAGES: { key: 'QUEUED' | Stage | 'DONE'; label: string }[] = [
  { key: 'QUEUED', label: 'Queued' },
  { key: 'EXTRACTING', label: 'Reading your résumé' },
  { key: 'SCORING', label: 'Scoring the match' },
  { key: 'TAILORING', label: 'Tailoring' },
  { key: 'VERIFYING', label: 'Checking nothing was invented' },
  { key: 'RENDERING', label: 'Preparing downloads' },
  { key: 'DONE', label: 'Done' },
];

/** Index into STAGES for a job's current state. */
export function stageIndex(job: Pick<JobView, 'status' | 'stage'>): number {
  if (job.status === 'SUCCEEDED') return STAGES.length - 1;
  if (job.status === 'QUEUED') return 0;
  const i = STAGES.findIndex((s) => s.key === job.stage);
  return i < 0 ? 0 : i;
}

/** 0-100 for the progress bar. */
export function progressPercent(job: Pick<JobView, 'status' | 'stage'>): number {
  return Math.round((stageIndex(job) / (STAGES.length - 1)) * 100);
}

export interface WatchOptions {
  /** Poll interval when the stream is not available (ms). */
  pollMs?: number;
  onUpdate: (job: JobView) => void;
  onError?: (e: ProblemError) => void;
  /** Reports which transport is in use; handy for tests and for the status line. */
  onMode?: (mode: 'stream' | 'polling') => void;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

/**
 * Follows a job until it reaches a terminal status: first the SSE stream
 * (GET /v1/jobs/{id}/events read with fetch, since it needs the Authorization header),
 * and on any stream error or an early end, polling GET /v1/jobs/{id}.
 * Resolves with the terminal JobView, or null when aborted.
 */
export async function watchJob(api: Api, id: string, signal: AbortSignal, o: WatchOptions): Promise<JobView | null> {
  let last: JobView | null = null;
  const update = (j: JobView) => {
    last = j;
    o.onUpdate(j);
  };

  try {
    o.onMode?.('stream');
    const res = await api.events(id, signal);
    if (res.ok && res.body && (res.headers.get('content-type') ?? '').includes('text/event-stream')) {
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      const parser = new SseParser();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const ev of parser.push(decoder.decode(value, { stream: true }))) {
          if (ev.event !== 'progress' && ev.event !== 'message') continue;
          try {
            update(JSON.parse(ev.data) as JobView);
          } catch {
            /* ignore a malformed event */
          }
        }
        if (last && isTerminal((last as JobView).status)) {
          reader.cancel().catch(() => {});
          return last;
        }
      }
    } else {
      // no stream (e.g. 404 before the endpoint exists, or the job is gone): polling tells which
      res.body?.cancel().catch(() => {});
    }
  } catch (e) {
    if (signal.aborted) return null;
    /* stream failed: fall back to polling */
  }

  if (signal.aborted) return null;
  o.onMode?.('polling');
  const pollMs = o.pollMs ?? 1000;
  let failures = 0;
  while (!signal.aborted) {
    try {
      const j = await api.job(id, signal);
      failures = 0;
      update(j);
      if (isTerminal(j.status)) return j;
    } catch (e) {
      if (signal.aborted) return null;
      if (e instanceof ProblemError && (e.status === 404 || e.status === 401 || e.status === 403)) {
        o.onError?.(e);
        return null;
      }
      failures++;
      if (failures === 3 && e instanceof ProblemError) o.onError?.(e);
    }
    await sleep(failures ? Math.min(pollMs * 2 ** failures, 10_000) : pollMs, signal);
  }
  return null;
}
