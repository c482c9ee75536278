package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	counters := map[string]Counter{"a": {}}
	counters["a"].Inc() // ERROR "cannot call pointer method Inc on Counter"
	fmt.Println(counters)
}
