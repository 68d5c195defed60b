package queue_test

import (
	"testing"

	"github.com/planner-dk/planner/queue"
	"github.com/planner-dk/planner/queue/queuetest"
)

func TestLocal(t *testing.T) {
	queuetest.Run(t, func(_ *testing.T, mux *queue.Mux, cfg queue.Config) queue.Runner {
		return queue.NewLocal(mux, cfg)
	})
}
