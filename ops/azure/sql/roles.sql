-- Run by the runner (an Entra administrator) on database "postgres": the worker's login role,
-- bound to its managed identity. The api's role exists already: it is an Entra administrator.
-- psql -v ON_ERROR_STOP=1 -v worker=<worker_identity_name>
SELECT count(*) AS worker_exists FROM pg_roles WHERE rolname = :'worker' \gset
\if :worker_exists
  \echo role :worker exists
\else
  SELECT * FROM pgaadauth_create_principal(:'worker', false, false);
\endif
