import { problemFrom, ProblemError } from './api';

export type AuthConfig =
  | { auth: 'local' }
  | { auth: 'entra'; clientId: string; authority: string; scopes: string[]; redirectUri?: string };

export interface Session {
  user: string;
  token: () => Promise<string>;
  signOut: () => Promise<void>;
  /** Drops a token the api refused, so no tab reuses it. */
  invalidate?: () => void;
}

/** Reads /config.json; when the api does not serve one (yet), the local profile is assumed. */
export async function loadConfig(f: typeof fetch = (...a) => fetch(...a)): Promise<AuthConfig> {
  try {
    const res = await f('/config.json', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!res.ok) return { auth: 'local' };
    const c = (await res.json()) as Partial<AuthConfig> & Record<string, unknown>;
    if (c.auth === 'entra' && typeof c.clientId === 'string' && typeof c.authority === 'string') {
      const scopes = Array.isArray(c.scopes) ? c.scopes.filter((s): s is string => typeof s === 'string') : [];
      return { auth: 'entra', clientId: c.clientId, authority: c.authority, scopes, redirectUri: c.redirectUri as string | undefined };
    }
    return { auth: 'local' };
  } catch {
    return { auth: 'local' };
  }
}

// ---- local profile: POST /local/token?user=NAME ----

const LOCAL_KEY = 'tailor.session';
/**
 * The api's rule for a local user name (after NFC normalisation): 1–64 characters, letters of any script,
 * digits, . _ @ ' - and single spaces between words, as people write their names ("Marisol Okafor").
 */
export const USER_PATTERN = /^(?=.{1,64}$)[\p{L}\p{M}\p{N}._@'-]+(?: [\p{L}\p{M}\p{N}._@'-]+)*$/u;

/** A name as it is sent and kept: NFC, trimmed, any run of spaces (tabs, no-break spaces) made one space. */
export const normalizeUser = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim();

// localStorage so a new tab is signed in too; the token still ends at its expiry and a sign-out in any tab clears it in all.
const store = () => localStorage;

interface StoredLocal {
  user: string;
  token: string;
  expiresAt: number;
}

const expired = (s: StoredLocal) => Date.now() > s.expiresAt - 30_000;

function forget(token?: string) {
  const current = readLocal();
  if (token === undefined || current?.token === token) store().removeItem(LOCAL_KEY);
  sessionStorage.removeItem(LOCAL_KEY);
}

/** The same user's newer token when another tab signed in again since. */
function latest(s: StoredLocal): StoredLocal {
  const current = readLocal();
  return current && current.user === s.user && current.expiresAt > s.expiresAt ? current : s;
}

function localSession(s: StoredLocal, onExpired: () => void): Session {
  return {
    user: s.user,
    token: async () => {
      const t = latest(s);
      if (expired(t)) {
        forget(t.token);
        onExpired();
        throw new ProblemError('Your sign-in has expired', 'Please sign in again.', 401);
      }
      return t.token;
    },
    signOut: async () => forget(),
    invalidate: () => forget(latest(s).token),
  };
}

function readLocal(): StoredLocal | null {
  try {
    const s = JSON.parse(store().getItem(LOCAL_KEY) ?? 'null') as Partial<StoredLocal> | null;
    if (s && typeof s.user === 'string' && typeof s.token === 'string' && s.token && typeof s.expiresAt === 'number') {
      return s as StoredLocal;
    }
  } catch {
    /* unreadable: treated as signed out */
  }
  return null;
}

export function restoreLocal(onExpired: () => void): Session | null {
  const s = readLocal();
  if (!s || expired(s)) {
    forget();
    return null;
  }
  return localSession(s, onExpired);
}

/** Follows sign-in and sign-out in other tabs; returns the unsubscribe function. */
export function watchLocal(onChange: (s: Session | null) => void, onExpired: () => void): () => void {
  const on = (e: StorageEvent) => {
    if (e.key === LOCAL_KEY || e.key === null) onChange(restoreLocal(onExpired));
  };
  window.addEventListener('storage', on);
  return () => window.removeEventListener('storage', on);
}

/** A name the local issuer accepts, made from one it refuses (other characters dropped, then trimmed to 64), or null. */
export function suggestUser(name: string): string | null {
  const kept = normalizeUser(name)
    .replace(/[^\p{L}\p{M}\p{N}._@' -]+/gu, ' ')
    .replace(/ +/g, ' ')
    .trim();
  const s = [...kept].slice(0, 64).join('').trim();
  return USER_PATTERN.test(s) ? s : null;
}

export async function signInLocal(
  user: string,
  onExpired: () => void,
  f: typeof fetch = (...a) => fetch(...a),
): Promise<Session> {
  const name = normalizeUser(user);
  if (!USER_PATTERN.test(name)) {
    const suggestion = suggestUser(name);
    const hint = suggestion ? ` Try “${suggestion}”.` : '';
    throw new ProblemError(
      'Choose another name',
      `Use 1–64 letters (of any alphabet), digits, spaces between words or . _ @ ' -.${hint}`,
      400,
    );
  }
  let res: Response;
  try {
    res = await f(`/local/token?user=${encodeURIComponent(name)}`, { method: 'POST', headers: { Accept: 'application/json' } });
  } catch {
    throw new ProblemError('Cannot reach Tailor', 'Check that the service is running and try again.', 0);
  }
  if (!res.ok) throw await problemFrom(res);
  const body = (await res.json()) as { access_token: string; expires_in: number };
  const stored: StoredLocal = { user: name, token: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000 };
  store().setItem(LOCAL_KEY, JSON.stringify(stored));
  sessionStorage.removeItem(LOCAL_KEY);
  return localSession(stored, onExpired);
}

// ---- Azure: Entra ID through MSAL (loaded only when configured, so the local bundle stays small) ----

type Msal = typeof import('@azure/msal-browser');

export interface EntraAuth {
  session: Session | null;
  signIn: () => Promise<void>;
}

export async function initEntra(c: Extract<AuthConfig, { auth: 'entra' }>): Promise<EntraAuth> {
  const msal: Msal = await import('@azure/msal-browser');
  const redirectUri = c.redirectUri ?? `${location.origin}/`;
  const app = new msal.PublicClientApplication({
    auth: { clientId: c.clientId, authority: c.authority, redirectUri, postLogoutRedirectUri: redirectUri, navigateToLoginRequestUrl: true },
    cache: { cacheLocation: 'sessionStorage' },
  });
  await app.initialize();
  const redirect = await app.handleRedirectPromise();
  const account = redirect?.account ?? app.getActiveAccount() ?? app.getAllAccounts()[0] ?? null;
  if (account) app.setActiveAccount(account);
  const request = { scopes: c.scopes };
  const signIn = () => app.loginRedirect({ ...request, redirectStartPage: location.href });
  if (!account) return { session: null, signIn };
  return {
    signIn,
    session: {
      user: account.name || account.username,
      token: async () => {
        try {
          const r = await app.acquireTokenSilent({ ...request, account });
          return r.accessToken;
        } catch (e) {
          if (e instanceof msal.InteractionRequiredAuthError) {
            await app.acquireTokenRedirect({ ...request, account, redirectStartPage: location.href });
          }
          throw new ProblemError('Sign-in needed', 'Redirecting to Microsoft sign-in…', 401);
        }
      },
      signOut: () => app.logoutRedirect({ account }),
    },
  };
}
