package advisor

import (
	"context"
	"fmt"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

func Suggest(ctx context.Context, db *mongo.Database) []string {
	cur, err := db.Collection("system.profile").Find(ctx, bson.M{"millis": bson.M{"$gte": 100}})
	if err != nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for cur.Next(ctx) {
		var p struct {
			Ns      string `bson:"ns"`
			Command bson.M `bson:"command"`
		}
		cur.Decode(&p)
		if f, ok := p.Command["filter"].(bson.M); ok {
			key := fmt.Sprint(p.Ns, f)
			if !seen[key] {
				seen[key] = true
				out = append(out, fmt.Sprintf("%s: index on %v", p.Ns, keys(f)))
			}
		}
	}
	return out
}

func keys(m bson.M) []string {
	var k []string
	for key := range m {
		k = append(k, key)
	}
	return k
}
