-- The transactional outbox: a job's queue message is recorded with the job and published
-- after commit by the relay. One live queue message per job.
create table outbox (
    id         bigserial primary key,
    job_id     uuid        not null references job (id) on delete cascade,
    payload    jsonb       not null,
    created_at timestamptz not null default now(),
    sent_at    timestamptz,
    attempts   integer     not null default 0,
    last_error text
);

create index outbox_unsent on outbox (id) where sent_at is null;

alter table job_queue add constraint job_queue_one_per_job unique (job_id);
