-- Run as the api's role (the owner of everything its Flyway migrations create) on database
-- "tailor", before and after the api's first start: what the worker reads and writes, now and
-- for tables later migrations add. CONNECT and USAGE on schema public are PUBLIC's already.
-- psql -v worker=<worker_identity_name>
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"worker";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"worker";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"worker";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"worker";
