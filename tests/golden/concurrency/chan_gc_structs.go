package main

import "fmt"

type Msg struct {
	ID   int
	Name string
	Data []int
	Next *Msg
}

func producer(n int, out chan<- Msg, boxes chan<- *Msg) {
	for i := 0; i < n; i++ {
		m := Msg{ID: i, Name: fmt.Sprint("m", i), Data: make([]int, 50), Next: &Msg{ID: -i}}
		m.Data[49] = i
		out <- m
		boxes <- m.Next
	}
	close(out)
	close(boxes)
}

func main() {
	out := make(chan Msg, 7)
	boxes := make(chan *Msg)
	go producer(50000, out, boxes)
	sum := 0
	var keep []string
	for m := range out {
		b := <-boxes
		sum += m.ID + m.Data[49] + b.ID + len(m.Name)
		if m.ID%1000 == 0 {
			keep = append(keep, m.Name)
		}
		_ = make([]byte, 100)
	}
	fmt.Println(sum, len(keep), keep[len(keep)-1])
}
