-- Run by the runner (an Entra administrator) on database "postgres": the worker's login role,
-- bound to its managed identity. The api's role exists already: it is an Entra administrator.
-- psql -v worker=<worker_identity_name>
SELECT 'exists' AS worker_role FROM pg_roles WHERE rolname = :'worker' \gset
\if :{?worker_role}
\else
  SELECT * FROM pgaadauth_create_principal(:'worker', false, false);
\endif
