// Package redistest gives each test a Redis database of its own on the
// machine's Redis (PLANNER_TEST_REDIS, default 127.0.0.1:6379): one of
// the databases 1–15, taken with a lock key in database 0, flushed before
// and after. No Redis fails the test: the queue is never tested on a mock.
package redistest

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Addr is the Redis tests use.
func Addr() string {
	if a := os.Getenv("PLANNER_TEST_REDIS"); a != "" {
		return a
	}
	return "127.0.0.1:6379"
}

// URL takes a free database for the test and returns its redis:// URL.
func URL(tb testing.TB) string {
	tb.Helper()
	ctx := context.Background()
	lock := redis.NewClient(&redis.Options{Addr: Addr(), DB: 0})
	tb.Cleanup(func() { lock.Close() })
	if err := lock.Ping(ctx).Err(); err != nil {
		tb.Fatalf("redistest: no Redis at %s (start redis-server or set PLANNER_TEST_REDIS): %v", Addr(), err)
	}
	owner := fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano())
	deadline := time.Now().Add(2 * time.Minute)
	for {
		for db := 1; db <= 15; db++ {
			key := fmt.Sprintf("planner:test:db:%d", db)
			ok, err := lock.SetNX(ctx, key, owner, 10*time.Minute).Result()
			if err != nil {
				tb.Fatalf("redistest: %v", err)
			}
			if !ok {
				continue
			}
			flush(tb, db)
			tb.Cleanup(func() {
				flush(tb, db)
				if v, _ := lock.Get(ctx, key).Result(); v == owner {
					lock.Del(ctx, key)
				}
			})
			return fmt.Sprintf("redis://%s/%d", Addr(), db)
		}
		if time.Now().After(deadline) {
			tb.Fatal("redistest: all Redis databases 1–15 stayed taken for 2 minutes")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// flush empties database db.
func flush(tb testing.TB, db int) {
	c := redis.NewClient(&redis.Options{Addr: Addr(), DB: db})
	defer c.Close()
	if err := c.FlushDB(context.Background()).Err(); err != nil {
		tb.Fatalf("redistest: flushing database %d: %v", db, err)
	}
}
