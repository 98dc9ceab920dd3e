package main

import (
	"context"
	"flag"
	"fmt"

	"example.com/advisor/internal/advisor"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func main() {
	uri := flag.String("uri", "mongodb://localhost:27017", "")
	db := flag.String("db", "test", "")
	flag.Parse()
	ctx := context.Background()
	c, err := mongo.Connect(ctx, options.Client().ApplyURI(*uri))
	if err != nil {
		panic(err)
	}
	defer c.Disconnect(ctx)
	for _, s := range advisor.Suggest(ctx, c.Database(*db)) {
		fmt.Println(s)
	}
	advisor.ResetProfiler(ctx, c)
}
