package main

import (
	"database/sql"
	"flag"
	"fmt"
	"os"

	"example.com/samples/internal/notify"
	_ "modernc.org/sqlite"
)

func main() {
	db, _ := sql.Open("sqlite", "samples.db")
	db.Exec(`CREATE TABLE IF NOT EXISTS s(barcode TEXT PRIMARY KEY, freezer TEXT, rack INT, box INT)`)
	db.Exec(`CREATE TABLE IF NOT EXISTS custody(barcode TEXT, at TEXT DEFAULT CURRENT_TIMESTAMP, who TEXT, what TEXT)`)
	if len(os.Args) < 2 {
		fmt.Println("usage: samples add|move|where|export")
		return
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	bc := fs.String("barcode", "", "")
	fr := fs.String("freezer", "", "")
	rack := fs.Int("rack", 0, "")
	box := fs.Int("box", 0, "")
	fs.Parse(os.Args[2:])
	switch os.Args[1] {
	case "add", "move":
		db.Exec(`INSERT OR REPLACE INTO s VALUES(?,?,?,?)`, *bc, *fr, *rack, *box)
		db.Exec(`INSERT INTO custody(barcode, who, what) VALUES(?,?,?)`, *bc, os.Getenv("USER"), os.Args[1])
	case "where":
		var f string
		var r, b int
		db.QueryRow(`SELECT freezer, rack, box FROM s WHERE barcode=?`, fs.Arg(0)).Scan(&f, &r, &b)
		fmt.Printf("%s: freezer %s rack %d box %d\n", fs.Arg(0), f, r, b)
	}
	notify.Digest("samples.db")
}
