-- Runs once as the superuser when the compose database is first created: the extension is not
-- trusted, so it is created here; the owner runs migrations, the app role gets data rights only.
create extension if not exists vector;
-- lets the service load the reuse lookup's indexes into shared_buffers at start-up (README, "Database memory")
create extension if not exists pg_prewarm;
create role planscreen_owner login password 'planscreen_owner';
create role planscreen_app login password 'planscreen_app';
alter database planscreen owner to planscreen_owner;
alter schema public owner to planscreen_owner;
grant connect, temporary on database planscreen to planscreen_app;
grant usage on schema public to planscreen_app;
