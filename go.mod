module github.com/planner-dk/planner

go 1.26
