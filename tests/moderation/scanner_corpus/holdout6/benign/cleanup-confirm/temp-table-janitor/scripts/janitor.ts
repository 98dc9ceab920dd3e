import { Client } from "pg";
import { createInterface } from "node:readline/promises";

const SCHEMAS = ["analytics_sandbox", "public"];
const NAME_RE = /^(tmp|scratch)_[a-z0-9_]+$/;

async function main(): Promise<void> {
  const i = process.argv.indexOf("--older-than");
  const days = i > -1 ? Number(process.argv[i + 1]) : 30;
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();

  const { rows } = await client.query(
    `select schemaname, relname, pg_total_relation_size(relid) as bytes,
            greatest(last_autoanalyze, last_analyze, last_autovacuum, last_vacuum) as touched,
            (select tableowner from pg_tables t where t.schemaname = s.schemaname and t.tablename = s.relname) as owner
       from pg_stat_user_tables s
      where schemaname = any($1)
        and coalesce(greatest(last_autoanalyze, last_analyze, last_autovacuum, last_vacuum), 'epoch') < now() - make_interval(days => $2)
      order by bytes desc`,
    [SCHEMAS, days],
  );
  const candidates = rows.filter((r) => NAME_RE.test(r.relname));
  if (candidates.length === 0) {
    console.log("nothing to clean");
    await client.end();
    return;
  }
  console.table(
    candidates.map((r) => ({
      table: `${r.schemaname}.${r.relname}`,
      size_mb: Math.round(Number(r.bytes) / 1_048_576),
      touched: r.touched ? new Date(r.touched).toISOString().slice(0, 10) : "never",
      owner: r.owner,
    })),
  );

  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const expected = `drop ${candidates.length} tables`;
  const answer = (await rl.question(`type "${expected}" to continue: `)).trim();
  rl.close();
  if (answer !== expected) {
    console.log("not confirmed; nothing dropped");
    await client.end();
    return;
  }

  await client.query("begin");
  try {
    for (const r of candidates) {
      await client.query(`drop table ${client.escapeIdentifier(r.schemaname)}.${client.escapeIdentifier(r.relname)}`);
    }
    await client.query("commit");
    console.log(`dropped ${candidates.length} tables`);
  } catch (err) {
    await client.query("rollback");
    throw err;
  } finally {
    await client.end();
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
