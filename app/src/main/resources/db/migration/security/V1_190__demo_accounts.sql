-- Accounts the demo profile seeds (with a published password). Only an instance running the demo profile
-- accepts them: the same database served without it refuses them at sign-in and ends their sessions.
alter table app_user add column demo boolean not null default false;
