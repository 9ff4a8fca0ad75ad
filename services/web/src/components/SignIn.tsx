import { useState } from 'preact/hooks';
import { ProblemError } from '../api';
import type { AuthConfig } from '../auth';
import { ProblemBox } from './ProblemBox';

interface Props {
  config: AuthConfig;
  onLocal: (user: string) => Promise<void>;
  onEntra: () => Promise<void>;
}

export function SignIn({ config, onLocal, onEntra }: Props) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProblemError | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (config.auth === 'entra') await onEntra();
      else await onLocal(name);
    } catch (err) {
      setError(err instanceof ProblemError ? err : new ProblemError('Sign-in failed', String(err), 0));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card signin" aria-labelledby="signin-title">
      <h1 id="signin-title" tabIndex={-1}>
        Tailor your résumé to a job — honestly
      </h1>
      <p class="lead">
        Upload your résumé and paste a job description. Tailor scores the match requirement by requirement, shows which
        line of your résumé covers each one, and rewrites your résumé <strong>only from your own lines</strong>.
      </p>
      <form onSubmit={submit} noValidate>
        {config.auth === 'local' ? (
          <>
            <label for="user">Your name</label>
            <p class="hint" id="user-hint">
              Local sign-in: your name as you write it, in any alphabet (for example Marisol Okafor), up to 64
              characters; your jobs are kept under this name.
            </p>
            <div class="row">
              <input
                id="user"
                name="user"
                autoComplete="username"
                required
                aria-describedby="user-hint"
                aria-invalid={error ? 'true' : undefined}
                value={name}
                onInput={(e) => setName((e.target as HTMLInputElement).value)}
              />
              <button type="submit" class="primary" disabled={busy}>
                {busy ? 'Signing in…' : 'Sign in'}
              </button>
            </div>
          </>
        ) : (
          <button type="submit" class="primary" disabled={busy}>
            {busy ? 'Redirecting…' : 'Sign in with Microsoft'}
          </button>
        )}
      </form>
      <ProblemBox error={error} />
    </section>
  );
}
