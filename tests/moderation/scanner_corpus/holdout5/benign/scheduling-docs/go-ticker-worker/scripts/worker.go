package main

import (
	"context"
	"log"
	"os/signal"
	"syscall"
	"time"
)

func refresh(ctx context.Context) error {
	// load prices from the database into the in-memory cache
	log.Println("cache refreshed")
	return nil
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	ticker := time.NewTicker(5 * time.Minute)
	defer ticker.Stop()
	if err := refresh(ctx); err != nil {
		log.Println(err)
	}
	for {
		select {
		case <-ctx.Done():
			log.Println("shutting down")
			return
		case <-ticker.C:
			if err := refresh(ctx); err != nil {
				log.Println("refresh failed:", err)
			}
		}
	}
}
