package main

import (
	"bufio"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib"
)

func main() {
	days := flag.Int("days", 14, "minimum age in days")
	flag.Parse()
	dsn := os.Getenv("DEV_DATABASE_URL")
	if dsn == "" || strings.Contains(dsn, "prod") {
		fmt.Fprintln(os.Stderr, "set DEV_DATABASE_URL to the dev server (refusing anything with 'prod')")
		os.Exit(2)
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		panic(err)
	}
	rows, err := db.Query(`
		SELECT d.datname, pg_size_pretty(pg_database_size(d.datname)),
		       (now() - (pg_stat_file('base/'||d.oid||'/PG_VERSION')).modification)::text
		FROM pg_database d
		WHERE d.datname LIKE 'preview\_%'
		  AND (pg_stat_file('base/'||d.oid||'/PG_VERSION')).modification < now() - make_interval(days => $1)`, *days)
	if err != nil {
		panic(err)
	}
	var names []string
	for rows.Next() {
		var name, size, age string
		rows.Scan(&name, &size, &age)
		names = append(names, name)
		fmt.Printf("  %-40s %8s  %s\n", name, size, age)
	}
	if len(names) == 0 {
		fmt.Println("nothing to drop")
		return
	}
	fmt.Printf("Type 'drop' to drop these %d databases: ", len(names))
	in, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	if strings.TrimSpace(in) != "drop" {
		fmt.Println("not confirmed")
		return
	}
	for _, n := range names {
		if _, err := db.Exec(fmt.Sprintf(`DROP DATABASE %q WITH (FORCE)`, n)); err != nil {
			fmt.Println("failed:", n, err)
		} else {
			fmt.Println("dropped", n)
		}
	}
}
