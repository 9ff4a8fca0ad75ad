import { useEffect, useMemo, useState } from 'preact/hooks';
import { Api } from './api';
import { restoreLocal, signInLocal, watchLocal, type AuthConfig, type EntraAuth, type Session } from './auth';
import { History } from './components/History';
import { JobPage } from './components/JobPage';
import { SignIn } from './components/SignIn';
import { SubmitForm } from './components/SubmitForm';
import { mayLeave } from './leave';
import { currentJob, jobHash, parseHash, type Route } from './route';
import { isTerminal } from './types';
import { focusLater } from './util';

interface Props {
  config: AuthConfig;
  entra?: EntraAuth | null;
  /** For tests: a session to start with. */
  session?: Session | null;
  fetchImpl?: typeof fetch;
}

export function App({ config, entra, session: initial, fetchImpl }: Props) {
  const [notice, setNotice] = useState('');
  const [session, setSession] = useState<Session | null>(() => {
    if (initial !== undefined) return initial;
    if (config.auth === 'entra') return entra?.session ?? null;
    return restoreLocal(() => expire());
  });
  const [route, setRoute] = useState<Route>(() => {
    const r = parseHash(location.hash);
    if (r.page === 'home' && !location.hash) {
      const id = currentJob.get();
      if (id) {
        history.replaceState(null, '', jobHash(id));
        return { page: 'job', id };
      }
    }
    return r;
  });
  const [refresh, setRefresh] = useState(0);

  function expire() {
    setSession(null);
    setNotice('Your sign-in has expired. Please sign in again.');
  }

  useEffect(() => {
    if (config.auth !== 'local' || initial !== undefined) return;
    return watchLocal((s) => {
      setSession((prev) => (s && prev?.user === s.user ? prev : s));
      if (!s) setNotice('You signed out in another tab.');
    }, expire);
  }, []);

  useEffect(() => {
    let shown = location.hash;
    const on = () => {
      if (location.hash !== shown && !mayLeave()) {
        // stay (unsaved edits): put the address back without a new history entry
        history.replaceState(null, '', shown || '#/');
        return;
      }
      shown = location.hash;
      setRoute(parseHash(location.hash));
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);

  useEffect(() => {
    if (route.page === 'home' && session) focusLater('main');
  }, [route.page]);

  const api = useMemo(
    () => {
      if (!session) return null;
      const onUnauthorized = () => (session.invalidate?.(), expire());
      return new Api({ token: session.token, onUnauthorized, fetch: fetchImpl });
    },
    [session],
  );

  const go = (hash: string) => {
    if (location.hash !== hash) location.hash = hash;
    else setRoute(parseHash(hash));
  };

  const signOut = async () => {
    await session?.signOut();
    currentJob.clear();
    setSession(null);
    setNotice('You are signed out.');
    go('#/');
  };

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <a href="#/" class="brand" aria-label="Tailor home">
          <span class="logo" aria-hidden="true">
            ✂
          </span>{' '}
          Tailor
        </a>
        {session && (
          <div class="who">
            <span class="user">
              <span class="visually-hidden">Signed in as </span>
              {session.user}
            </span>
            <button type="button" class="secondary small" onClick={signOut}>
              Sign out
            </button>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <p class="notice" role="status" aria-live="polite">
          {notice}
        </p>
        {!session || !api ? (
          <SignIn
            config={config}
            onLocal={async (user) => {
              const s = await signInLocal(user, () => expire(), fetchImpl);
              setNotice('');
              setSession(s);
            }}
            onEntra={async () => entra?.signIn()}
          />
        ) : route.page === 'job' ? (
          <JobPage
            key={route.id}
            api={api}
            id={route.id}
            onFinished={(j) => isTerminal(j.status) && currentJob.clear(j.id)}
            onRevised={(j) => {
              currentJob.set(j.id);
              setNotice('');
              setRefresh((n) => n + 1);
              go(jobHash(j.id));
            }}
            onDeleted={(id) => {
              currentJob.clear(id);
              setNotice('The job and its data were deleted.');
              go('#/');
            }}
          />
        ) : (
          <div class="home">
            <SubmitForm
              api={api}
              onSubmitted={(job) => {
                currentJob.set(job.id);
                setNotice('');
                setRefresh((n) => n + 1);
                go(jobHash(job.id));
              }}
            />
            <History
              api={api}
              refresh={refresh}
              onDeleted={(id) => {
                currentJob.clear(id);
                setNotice('The job and its data were deleted.');
              }}
            />
          </div>
        )}
      </main>
      <footer class="foot">
        <p>Tailor only reorders and selects your own lines; it never invents experience.</p>
      </footer>
    </>
  );
}
