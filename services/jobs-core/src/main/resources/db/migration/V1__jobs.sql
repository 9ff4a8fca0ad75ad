-- Jobs, their progress, their results and the built-in PostgreSQL queue.
create table job (
    id              uuid primary key,
    owner           text        not null,
    status          text        not null,
    stage           text,
    failure_reason  text,
    blob_key        text        not null,
    resume_format   text        not null,
    file_name       text,
    job_description text        not null,
    idempotency_key text,
    version         bigint      not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint job_idempotency unique (owner, idempotency_key)
);

create index job_owner_created on job (owner, created_at desc, id desc);

create table job_event (
    id      bigserial primary key,
    job_id  uuid        not null references job (id) on delete cascade,
    status  text        not null,
    stage   text,
    detail  text,
    at      timestamptz not null default clock_timestamp()
);

create index job_event_job on job_event (job_id, id);

create table job_result (
    job_id            uuid primary key references job (id) on delete cascade,
    score             integer     not null,
    report            jsonb       not null,
    tailored_markdown text        not null,
    created_at        timestamptz not null default now()
);

create table job_queue (
    id                 uuid primary key,
    job_id             uuid        not null,
    payload            jsonb       not null,
    attempts           integer     not null default 0,
    visible_at         timestamptz not null default now(),
    lease_token        uuid,
    last_error         text,
    dead_lettered_at   timestamptz,
    dead_letter_reason text,
    created_at         timestamptz not null default now()
);

create index job_queue_ready on job_queue (visible_at) where dead_lettered_at is null;
