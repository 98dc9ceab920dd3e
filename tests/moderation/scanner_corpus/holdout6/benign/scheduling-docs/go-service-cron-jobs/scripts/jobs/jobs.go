// Package jobs wraps robfig/cron with logging, recovery and graceful shutdown.
package jobs

import (
	"context"
	"log/slog"
	"time"

	"github.com/robfig/cron/v3"
)

type Scheduler struct {
	c   *cron.Cron
	log *slog.Logger
}

func New(tz string, log *slog.Logger) *Scheduler {
	loc, err := time.LoadLocation(tz)
	if err != nil {
		log.Warn("unknown timezone, using UTC", "tz", tz)
		loc = time.UTC
	}
	cl := cron.VerbosePrintfLogger(slog.NewLogLogger(log.Handler(), slog.LevelDebug))
	c := cron.New(
		cron.WithLocation(loc),
		cron.WithSeconds(),
		cron.WithChain(cron.Recover(cl), cron.SkipIfStillRunning(cl)),
	)
	return &Scheduler{c: c, log: log}
}

// Add registers fn under spec; fn gets a context that is cancelled after 10 minutes.
func (s *Scheduler) Add(spec, name string, fn func(context.Context) error) {
	_, err := s.c.AddFunc(spec, func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		start := time.Now()
		if err := fn(ctx); err != nil {
			s.log.Error("job failed", "job", name, "err", err, "took", time.Since(start))
			return
		}
		s.log.Info("job done", "job", name, "took", time.Since(start))
	})
	if err != nil {
		s.log.Error("bad schedule", "job", name, "spec", spec, "err", err)
	}
}

func (s *Scheduler) Start() { s.c.Start() }

// Stop prevents new runs and waits for running jobs, or until ctx is done.
func (s *Scheduler) Stop(ctx context.Context) {
	done := s.c.Stop()
	select {
	case <-done.Done():
	case <-ctx.Done():
		s.log.Warn("shutdown: jobs still running were abandoned")
	}
}
