-- Run by the runner (an Entra administrator) on database "postgres": the worker's login role,
-- bound to its managed identity. The api's role exists already: it is an Entra administrator.
-- psql -v ON_ERROR_STOP=1 -v worker=<worker_identity_name> -v api=<api_identity_name> -v db=tailor
SELECT count(*) AS worker_exists FROM pg_roles WHERE rolname = :'worker' \gset
\if :worker_exists
  \echo role :worker exists
\else
  SELECT * FROM pgaadauth_create_principal(:'worker', false, false);
\endif
-- The api's Flyway migrations create the tables in schema public of the services' database.
-- Since PostgreSQL 15 only the database owner (pg_database_owner) may create there. Where the
-- database belongs to azure_pg_admin (as one made through ARM is expected to), its members, every
-- Entra administrator, hold that already. Grant it by name and check it: a server where it is not
-- so fails here, naming the cause, not at the api's first migration. A GRANT the runner may not
-- give only warns, hence the check. Runs before the api's first start (runner.sh phase roles).
\connect :db
GRANT CREATE ON SCHEMA public TO :"api";
SELECT set_config('tailor.api_role', :'api', false) AS api_role \gset
DO $$
BEGIN
  IF NOT has_schema_privilege(current_setting('tailor.api_role'), 'public', 'CREATE') THEN
    RAISE EXCEPTION 'role % may not create tables in schema public of database %: its migrations would fail',
      current_setting('tailor.api_role'), current_database();
  END IF;
END
$$;
