import type { JobList, JobResult, JobView, Problem, RevisionRequest } from './types';

/** An RFC 9457 problem the api (or the page itself) reports; title and detail are shown as they are. */
export class ProblemError extends Error {
  constructor(
    readonly title: string,
    readonly detail: string | null,
    readonly status: number,
    readonly type: string | null = null,
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ProblemError';
  }
}

export type TokenSource = () => Promise<string>;

export interface ApiOptions {
  base?: string;
  token: TokenSource;
  fetch?: typeof fetch;
  /** Called on a 401 so the page can sign the user out. */
  onUnauthorized?: () => void;
}

export async function problemFrom(res: Response): Promise<ProblemError> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      // The document's Problem names the members; their values are checked here, as any JSON could come back.
      const body = (await res.json()) as { [K in keyof Problem]?: unknown };
      const title = typeof body.title === 'string' ? body.title : res.statusText || `HTTP ${res.status}`;
      const detail = typeof body.detail === 'string' ? body.detail : null;
      return new ProblemError(title, detail, res.status, typeof body.type === 'string' ? body.type : null);
    } catch {
      /* fall through */
    }
  }
  const fallback: Record<number, string> = {
    401: 'Your sign-in has expired',
    403: 'Not allowed',
    404: 'Not found',
    413: 'File too large',
    415: 'Unsupported file type',
    429: 'Too many requests',
  };
  return new ProblemError(
    fallback[res.status] ?? (res.statusText || `Request failed (HTTP ${res.status})`),
    res.status >= 500 ? 'The service had a problem. Please try again in a moment.' : null,
    res.status,
  );
}

export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const b = new Uint8Array(16);
  c.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export class Api {
  private readonly base: string;
  private readonly f: typeof fetch;

  constructor(private readonly opts: ApiOptions) {
    this.base = opts.base ?? '';
    this.f = opts.fetch ?? ((...a) => globalThis.fetch(...a));
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${await this.opts.token()}`);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
    let res: Response;
    try {
      res = await this.f(this.base + path, { ...init, headers });
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') throw e;
      throw new ProblemError('Cannot reach Tailor', 'Check your connection and try again.', 0);
    }
    if (res.status === 401) this.opts.onUnauthorized?.();
    return res;
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    const res = await this.request(path, init);
    if (!res.ok) throw await problemFrom(res);
    return (await res.json()) as T;
  }

  submit(resume: File, jobDescription: string, idempotencyKey: string): Promise<JobView> {
    const form = new FormData();
    form.append('resume', resume, resume.name);
    form.append('jobDescription', jobDescription);
    return this.json<JobView>('/v1/jobs', {
      method: 'POST',
      body: form,
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  }

  job(id: string, signal?: AbortSignal): Promise<JobView> {
    return this.json<JobView>(`/v1/jobs/${encodeURIComponent(id)}`, { signal });
  }

  result(id: string): Promise<JobResult> {
    return this.json<JobResult>(`/v1/jobs/${encodeURIComponent(id)}/result`);
  }

  /**
   * Saves an edited résumé as a new revision of a succeeded job: 202 with the new job, which goes through the
   * stages like any job (problems: 400 invalid-revision, 404, 409 result-not-ready).
   */
  revise(id: string, markdown: string): Promise<JobView> {
    return this.json<JobView>(`/v1/jobs/${encodeURIComponent(id)}/revisions`, {
      method: 'POST',
      body: JSON.stringify({ markdown } satisfies RevisionRequest),
      headers: { 'Content-Type': 'application/json' },
    });
  }

  list(limit = 20, cursor?: string | null): Promise<JobList> {
    const q = new URLSearchParams({ limit: String(limit) });
    if (cursor) q.set('cursor', cursor);
    return this.json<JobList>(`/v1/jobs?${q}`);
  }

  async remove(id: string): Promise<void> {
    const res = await this.request(`/v1/jobs/${encodeURIComponent(id)}`, { method: 'DELETE' });
    if (!res.ok && res.status !== 404) throw await problemFrom(res);
  }

  /** Opens the job's progress stream (text/event-stream); the caller reads the body. */
  events(id: string, signal: AbortSignal): Promise<Response> {
    return this.request(`/v1/jobs/${encodeURIComponent(id)}/events`, {
      headers: { Accept: 'text/event-stream' },
      signal,
      cache: 'no-store',
    });
  }

  /** Downloads an authorised link (an export) as a Blob. */
  async blob(href: string): Promise<Blob> {
    const res = await this.request(href, { headers: { Accept: '*/*' } });
    if (!res.ok) throw await problemFrom(res);
    return res.blob();
  }
}
