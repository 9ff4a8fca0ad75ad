import { restoreLocal, signInLocal, suggestUser, watchLocal } from './auth';
import { json, routes } from './test/helpers';

const KEY = 'tailor.session';
const store = (user: string, token: string, inMs: number) =>
  localStorage.setItem(KEY, JSON.stringify({ user, token, expiresAt: Date.now() + inMs }));

describe('suggestUser', () => {
  it('turns spaces into dots and drops accents and other characters', () => {
    expect(suggestUser('Marisol Okafor')).toBe('Marisol.Okafor');
    expect(suggestUser('  José  Núñez ')).toBe('Jose.Nunez');
    expect(suggestUser("Siobhán O'Brien")).toBe('Siobhan.OBrien');
  });
  it('gives up when nothing acceptable is left', () => {
    expect(suggestUser('李雷')).toBeNull();
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
