-- A job still unfinished long after it was accepted is counted as lost once, by whichever
-- api replica marks it first.
alter table job add column lost_at timestamptz;
