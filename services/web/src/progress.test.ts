import { progressPercent, SseParser, stageIndex, STAGES, watchJob } from './progress';
import { api, job, json, problem, routes, sse } from './test/helpers';
import type { JobView } from './types';

describe('SseParser', () => {
  it('parses events split across chunks, CRLF, comments and multi-line data', () => {
    const p = new SseParser();
    expect(p.push(': keep-alive\r\nevent: progr')).toEqual([]);
    expect(p.push('ess\r\ndata: {"a":\r\ndata: 1}\r')).toEqual([]);
    expect(p.push('\n\r\n')).toEqual([{ event: 'progress', data: '{"a":\n1}', id: undefined }]);
    expect(p.push('data:x\n\nid: 7\ndata: y\n\n')).toEqual([
      { event: 'message', data: 'x', id: undefined },
      { event: 'message', data: 'y', id: '7' },
    ]);
  });
});

describe('stages', () => {
  it('maps status and stage to a step and a percentage', () => {
    expect(stageIndex({ status: 'QUEUED', stage: null })).toBe(0);
    expect(stageIndex({ status: 'PROCESSING', stage: 'SCORING' })).toBe(2);
    expect(stageIndex({ status: 'SUCCEEDED', stage: null })).toBe(STAGES.length - 1);
    expect(progressPercent({ status: 'QUEUED', stage: null })).toBe(0);
    expect(progressPercent({ status: 'PROCESSING', stage: 'TAILORING' })).toBe(50);
    expect(progressPercent({ status: 'SUCCEEDED', stage: null })).toBe(100);
  });
});

const ID = job().id;
const P = `/v1/jobs/${ID}`;

describe('watchJob', () => {
  it('follows the event stream to the terminal status', async () => {
    const states = [job({ status: 'PROCESSING', stage: 'EXTRACTING' }), job({ status: 'PROCESSING', stage: 'SCORING' }), job({ status: 'SUCCEEDED' })];
    const r = routes({ [`GET ${P}/events`]: () => sse(states) });
    const seen: JobView[] = [];
    const modes: string[] = [];
    const end = await watchJob(api(r.fetch), ID, new AbortController().signal, { onUpdate: (j) => seen.push(j), onMode: (m) => modes.push(m) });
    expect(end?.status).toBe('SUCCEEDED');
    expect(seen.map((j) => j.stage ?? j.status)).toEqual(['EXTRACTING', 'SCORING', 'SUCCEEDED']);
    expect(modes).toEqual(['stream']);
    const req = r.calls[0];
    expect(req.headers.get('Authorization')).toBe('Bearer tok');
    expect(req.headers.get('Accept')).toBe('text/event-stream');
  });

  it('falls back to polling when the stream endpoint is missing (404)', async () => {
    let n = 0;
    const r = routes({
      [`GET ${P}/events`]: () => problem(404, 'Not Found', 'no such endpoint'),
      [`GET ${P}`]: () => json(++n < 3 ? job({ status: 'PROCESSING', stage: 'SCORING' }) : job({ status: 'SUCCEEDED' })),
    });
    const modes: string[] = [];
    const end = await watchJob(api(r.fetch), ID, new AbortController().signal, { pollMs: 1, onUpdate: () => {}, onMode: (m) => modes.push(m) });
    expect(end?.status).toBe('SUCCEEDED');
    expect(n).toBe(3);
    expect(modes).toEqual(['stream', 'polling']);
  });

  it('falls back to polling when the stream breaks mid-way', async () => {
    const r = routes({
      [`GET ${P}/events`]: () => sse([job({ status: 'PROCESSING', stage: 'EXTRACTING' })], { end: false }),
      [`GET ${P}`]: () => json(job({ status: 'FAILED', failureReason: 'UNPARSEABLE_FILE' })),
    });
    const seen: string[] = [];
    const end = await watchJob(api(r.fetch), ID, new AbortController().signal, { pollMs: 1, onUpdate: (j) => seen.push(j.status) });
    expect(end?.failureReason).toBe('UNPARSEABLE_FILE');
    expect(seen).toEqual(['PROCESSING', 'FAILED']);
  });

  it('stops with an error when the job is gone', async () => {
    const r = routes({ [`GET ${P}`]: () => problem(404, 'Job not found', 'gone') });
    const onError = vi.fn();
    const end = await watchJob(api(r.fetch), ID, new AbortController().signal, { pollMs: 1, onUpdate: () => {}, onError });
    expect(end).toBeNull();
    expect(onError.mock.calls[0][0]).toMatchObject({ status: 404, title: 'Job not found' });
  });
});
