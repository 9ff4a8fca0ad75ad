-- How each result was tailored: tailor, prompt version, provenance, gaps, removed claims, tokens.
alter table job_result add column tailoring jsonb not null default '{}'::jsonb;
