import { normalizeUser, restoreLocal, signInLocal, suggestUser, USER_PATTERN, watchLocal } from './auth';
import { json, routes } from './test/helpers';

const KEY = 'tailor.session';
const store = (user: string, token: string, inMs: number) =>
  localStorage.setItem(KEY, JSON.stringify({ user, token, expiresAt: Date.now() + inMs }));

describe('USER_PATTERN', () => {
  it('accepts names as people write them, in any script, as the api does', () => {
    for (const name of ['Marisol Okafor', 'José Núñez', "Siobhán O'Brien", '李雷', 'Ольга Петрова', 'محمد علي', 'ada', 'a.b_c@d-e', 'x'.repeat(64)]) {
      expect(USER_PATTERN.test(name), name).toBe(true);
    }
    expect(USER_PATTERN.flags).toContain('u');
  });

  it('refuses what the api refuses: no double, leading or trailing spaces, other symbols, over 64 characters', () => {
    for (const name of ['', ' ', 'Marisol  Okafor', ' ada', 'ada ', 'Ada (admin)', 'ada/bob', '😀', 'x'.repeat(65), 'a\tb']) {
      expect(USER_PATTERN.test(name), JSON.stringify(name)).toBe(false);
    }
  });

  it('normalises a name to NFC, trimmed, with single spaces', () => {
    const nfd = 'Jose\u0301  Nu\u0301n\u0303ez ';
    expect(normalizeUser(nfd)).toBe('José Núñez');
    expect(normalizeUser(nfd)).toBe('Jos\u00e9 N\u00fa\u00f1ez');
    expect(USER_PATTERN.test(normalizeUser(nfd))).toBe(true);
  });
});

describe('suggestUser', () => {
  it('drops only the characters the api refuses, keeping spaces and accents', () => {
    expect(suggestUser('Marisol Okafor (RN)')).toBe('Marisol Okafor RN');
    expect(suggestUser('  José / Núñez ')).toBe('José Núñez');
    expect(suggestUser('李雷 😀')).toBe('李雷');
    expect(suggestUser('ada '.repeat(20))).toHaveLength(63);
  });
  it('gives up when nothing acceptable is left', () => {
    expect(suggestUser('😀 ✨')).toBeNull();
  });
});

describe('local sign-in', () => {
  it('keeps the token in localStorage, where a new tab finds it', async () => {
    const r = routes({ 'POST /local/token': () => json({ access_token: 'T1', token_type: 'Bearer', expires_in: 3600 }) });
    await signInLocal('ada', () => {}, r.fetch);
    const restored = restoreLocal(() => {});
    expect(restored?.user).toBe('ada');
    expect(await restored!.token()).toBe('T1');
  });

  it('sends and keeps a name with spaces and accents, normalised to NFC', async () => {
    const r = routes({ 'POST /local/token': () => json({ access_token: 'T1', token_type: 'Bearer', expires_in: 3600 }) });
    const s = await signInLocal(' Marisol  Oka\u0301for ', () => {}, r.fetch);
    expect(new URL(r.calls[0].url).search).toBe('?user=Marisol%20Ok%C3%A1for');
    expect(s.user).toBe('Marisol Okáfor');
    expect(restoreLocal(() => {})?.user).toBe('Marisol Okáfor');
  });

  it('refuses a name the api would refuse without asking it, suggesting one it accepts', async () => {
    const r = routes({});
    await expect(signInLocal('Marisol <Okafor>', () => {}, r.fetch)).rejects.toMatchObject({
      title: 'Choose another name',
      detail: expect.stringContaining('Try “Marisol Okafor”'),
    });
    expect(r.fetch).not.toHaveBeenCalled();
  });

  it('refuses a stored token past its expiry and says so', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      store('ada', 'T1', 60_000);
      const onExpired = vi.fn();
      const s = restoreLocal(onExpired)!;
      expect(await s.token()).toBe('T1');
      vi.setSystemTime(Date.now() + 45_000);
      await expect(s.token()).rejects.toThrow('Your sign-in has expired');
      expect(onExpired).toHaveBeenCalled();
      expect(localStorage.getItem(KEY)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses the newer token another tab stored for the same user, never another user’s', async () => {
    store('ada', 'T1', 60_000);
    const s = restoreLocal(() => {})!;
    store('ada', 'T2', 3_600_000);
    expect(await s.token()).toBe('T2');
    store('bob', 'B1', 7_200_000);
    expect(await s.token()).toBe('T1');
  });

  it('signing out removes the token for every tab', async () => {
    store('ada', 'T1', 3_600_000);
    await restoreLocal(() => {})!.signOut();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(restoreLocal(() => {})).toBeNull();
  });

  it('ignores what it cannot read', () => {
    localStorage.setItem(KEY, '{not json');
    expect(restoreLocal(() => {})).toBeNull();
    localStorage.setItem(KEY, JSON.stringify({ user: 'ada', expiresAt: Date.now() + 60_000 }));
    expect(restoreLocal(() => {})).toBeNull();
  });

  it('tells of a sign-in or sign-out in another tab', () => {
    const seen: (string | null)[] = [];
    const stop = watchLocal((s) => seen.push(s?.user ?? null), () => {});
    store('bob', 'B1', 3_600_000);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    localStorage.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'other' }));
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(seen).toEqual(['bob', null]);
  });
});
