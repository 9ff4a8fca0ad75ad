import { vi } from 'vitest';
import { Api } from '../api';
import type { JobResult, JobView, Skill, SkillKind, Tailoring } from '../types';
import fixture from './result.fixture.json';

export const result = fixture as unknown as JobResult;

export const skill = (label: string, kind: SkillKind | null = null): Skill => ({
  id: `x:${label}`,
  label,
  span: label,
  start: 0,
  end: label.length,
  confidence: 1,
  method: 'label',
  kind,
});

/** How a result was tailored as the api sends it when nothing was recorded: empty lists, nulls; over replaces. */
export const tailoring = (over: Partial<Tailoring> = {}): Tailoring => ({
  tailor: null,
  promptVersion: null,
  provenance: [],
  gaps: [],
  removedClaims: [],
  suspectedInjectionLines: [],
  usage: null,
  exports: [],
  hiddenText: [],
  changes: [],
  original: null,
  unsupported: [],
  fallback: null,
  coverLetter: null,
  suspectedJobLines: [],
  ...over,
});

export function job(over: Partial<JobView> = {}): JobView {
  return {
    id: '11111111-2222-3333-4444-555555555555',
    status: 'QUEUED',
    stage: null,
    failureReason: null,
    fileName: 'cv.pdf',
    createdAt: '2026-01-01T10:00:00Z',
    updatedAt: '2026-01-01T10:00:00Z',
    events: [],
    links: { self: '/v1/jobs/11111111-2222-3333-4444-555555555555', result: null },
    revisionOf: null,
    revision: 1,
    ...over,
  };
}

export const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

export const problem = (status: number, title: string, detail: string) =>
  json({ type: 'https://tailor.dev/problems/x', title, status, detail, instance: '/v1/jobs' }, status, 'application/problem+json');

export function sse(events: unknown[], opts: { end?: boolean } = {}): Response {
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (const e of events) c.enqueue(enc.encode(`event: progress\ndata: ${JSON.stringify(e)}\n\n`));
      if (opts.end !== false) c.close();
      else setTimeout(() => c.error(new Error('connection reset')), 20);
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

/** A fetch mock routed by "METHOD path" → handler. */
export interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

export function routes(table: Record<string, (req: Call) => Response | Promise<Response>>) {
  const calls: Call[] = [];
  const f = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req: Call = {
      url: new URL(String(input), 'http://localhost/').href,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: init?.body,
    };
    calls.push(req);
    const u = new URL(req.url);
    const key = `${req.method} ${u.pathname}`;
    const h = table[key] ?? table[`${req.method} ${u.pathname}${u.search}`];
    if (!h) return problem(404, 'Not Found', `no route ${key}`);
    return h(req);
  });
  return { fetch: f as unknown as typeof fetch, calls };
}

export const api = (f: typeof fetch, onUnauthorized?: () => void) =>
  new Api({ token: async () => 'tok', fetch: f, onUnauthorized });
