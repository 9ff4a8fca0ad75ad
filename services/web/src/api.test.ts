import { newIdempotencyKey, problemFrom, ProblemError } from './api';
import { api, job, json, problem, routes } from './test/helpers';

describe('Api', () => {
  it('submits the résumé and description as multipart with the bearer token and Idempotency-Key', async () => {
    const r = routes({ 'POST /v1/jobs': () => json(job(), 202) });
    const file = new File(['# CV'], 'cv.md', { type: 'text/markdown' });
    const j = await api(r.fetch).submit(file, 'A job', 'key-1');
    expect(j.id).toBe(job().id);
    const req = r.calls[0];
    expect(req.headers.get('Authorization')).toBe('Bearer tok');
    expect(req.headers.get('Idempotency-Key')).toBe('key-1');
    const form = req.body as FormData;
    expect((form.get('resume') as File).name).toBe('cv.md');
    expect(form.get('jobDescription')).toBe('A job');
  });

  it('turns problem+json into a ProblemError with title and detail', async () => {
    const r = routes({ 'POST /v1/jobs': () => problem(415, 'Submission refused', 'not a PDF') });
    const err = await api(r.fetch).submit(new File(['x'], 'x.pdf'), 'j', 'k').catch((e) => e);
    expect(err).toBeInstanceOf(ProblemError);
    expect(err).toMatchObject({ status: 415, title: 'Submission refused', detail: 'not a PDF' });
  });

  it('reports 401 so the page can sign out', async () => {
    const onUnauthorized = vi.fn();
    const r = routes({ 'GET /v1/jobs': () => new Response('', { status: 401 }) });
    await expect(api(r.fetch, onUnauthorized).list()).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalled();
  });

  it('lists with limit and cursor and deletes', async () => {
    const r = routes({
      'GET /v1/jobs': () => json({ items: [], nextCursor: null, next: null }),
      [`DELETE /v1/jobs/${job().id}`]: () => new Response(null, { status: 204 }),
    });
    await api(r.fetch).list(5, 'abc');
    expect(new URL(r.calls[0].url).search).toBe('?limit=5&cursor=abc');
    await api(r.fetch).remove(job().id);
    expect(r.calls[1].method).toBe('DELETE');
  });

  it('posts an edited résumé as JSON for a new revision and reads the new job; a refusal keeps its detail', async () => {
    const id = job().id;
    const r = routes({
      [`POST /v1/jobs/${id}/revisions`]: () => json(job({ id: 'n', revision: 2, revisionOf: id }), 202),
    });
    const j = await api(r.fetch).revise(id, '# A\n');
    expect(j).toMatchObject({ id: 'n', revision: 2, revisionOf: id });
    expect(r.calls[0].method).toBe('POST');
    expect(r.calls[0].headers.get('Authorization')).toBe('Bearer tok');
    expect(r.calls[0].headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(r.calls[0].body))).toEqual({ markdown: '# A\n' });
    const refused = routes({ [`POST /v1/jobs/${id}/revisions`]: () => problem(409, 'Result not ready', 'The job has not succeeded.') });
    await expect(api(refused.fetch).revise(id, 'x')).rejects.toMatchObject({ status: 409, detail: 'The job has not succeeded.' });
  });

  it('explains a network failure', async () => {
    const f = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(api(f).list()).rejects.toMatchObject({ title: 'Cannot reach Tailor' });
  });
});

it('problemFrom has a sensible fallback for non-JSON errors', async () => {
  const p = await problemFrom(new Response('oops', { status: 413 }));
  expect(p.title).toBe('File too large');
});

it('makes v4 UUIDs', () => {
  const a = newIdempotencyKey();
  expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(newIdempotencyKey()).not.toBe(a);
});
