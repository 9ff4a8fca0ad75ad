-- A candidate's edit of a result is a job of its own: it revises the first job of its chain
-- and carries the edited résumé, which the worker checks and renders instead of tailoring.
alter table job
    add column revision_of     uuid references job (id) on delete set null,
    add column revision        integer not null default 1,
    add column edited_markdown text;

create index job_revision_of on job (revision_of) where revision_of is not null;
