-- Tokens each user spent on language models per day, for the daily budget.
create table token_usage (
    owner  text    not null,
    day    date    not null,
    tokens bigint  not null,
    primary key (owner, day)
);

-- Model answers by the hash of everything that produced them (prompt version, model, input).
create table llm_answer (
    key        text primary key,
    answer     text        not null,
    created_at timestamptz not null default now()
);
