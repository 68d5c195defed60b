package redisqueue_test

import (
	"testing"

	"github.com/planner-dk/planner/queue"
	"github.com/planner-dk/planner/queue/queuetest"
	"github.com/planner-dk/planner/queue/redisqueue"
	"github.com/planner-dk/planner/queue/redisqueue/redistest"
)

func TestRedisQueue(t *testing.T) {
	queuetest.Run(t, func(t *testing.T, mux *queue.Mux, cfg queue.Config) queue.Runner {
		q, err := redisqueue.New(redistest.URL(t), mux, cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { q.Close() })
		return q
	})
}
