package main

import "fmt"

type Counter interface{ Inc() }

type Clicks struct{ n int }

func (c *Clicks) Inc() { c.n++ }

func main() {
	var c Counter = Clicks{} // ERROR "cannot use Clicks\{\} \(value of type Clicks\) as type Counter"
	c.Inc()
	fmt.Println(c)
}
