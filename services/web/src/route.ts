export type Route = { page: 'home' } | { page: 'job'; id: string };

const ID = /^[0-9a-fA-F-]{8,64}$/;

export function parseHash(hash: string): Route {
  const m = /^#\/jobs\/([^/?#]+)$/.exec(hash);
  if (m && ID.test(m[1])) return { page: 'job', id: m[1] };
  return { page: 'home' };
}

export const jobHash = (id: string) => `#/jobs/${id}`;

const CURRENT = 'tailor.currentJob';
/** The job being watched, so a reload (or coming back later) returns to it. */
export const currentJob = {
  get: (): string | null => {
    try {
      return localStorage.getItem(CURRENT);
    } catch {
      return null;
    }
  },
  set: (id: string) => {
    try {
      localStorage.setItem(CURRENT, id);
    } catch {
      /* private mode */
    }
  },
  clear: (id?: string) => {
    try {
      if (!id || localStorage.getItem(CURRENT) === id) localStorage.removeItem(CURRENT);
    } catch {
      /* private mode */
    }
  },
};
