package queue_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/planner-dk/planner/queue"
)

func TestMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := queue.NewMetrics(reg)
	mux := queue.NewMux(m.Observe)
	mux.Handle("mail:send", func(context.Context, queue.Task) error { return nil }, nil)
	q := queue.NewLocal(mux, queue.Config{})
	reg.MustRegister(queue.NewStatsCollector(q))
	for _, id := range []string{"mail:1", "mail:2", "mail:2"} {
		if _, err := q.Enqueue(t.Context(), queue.Task{Kind: "mail:send", ID: id}); err != nil {
			t.Fatal(err)
		}
	}
	want := `
# HELP planner_queue_depth Tasks in the queue by state.
# TYPE planner_queue_depth gauge
planner_queue_depth{state="active"} 0
planner_queue_depth{state="pending"} 2
planner_queue_depth{state="scheduled"} 0
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want), "planner_queue_depth"); err != nil {
		t.Error(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error)
	go func() { done <- q.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if st, _ := q.Stats(t.Context()); st.Pending+st.Active == 0 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
	want = `
# HELP planner_queue_tasks_total Task runs by kind and result (done, retry, failed).
# TYPE planner_queue_tasks_total counter
planner_queue_tasks_total{kind="mail:send",result="done"} 2
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want), "planner_queue_tasks_total"); err != nil {
		t.Error(err)
	}
}
