package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Op    string
	Args  []int
	Reply chan Response
}

type Response struct {
	Value int
	Err   string
}

func server(reqs <-chan Request) {
	for r := range reqs {
		switch r.Op {
		case "sum":
			t := 0
			for _, a := range r.Args {
				t += a
			}
			r.Reply <- Response{Value: t}
		case "max":
			if len(r.Args) == 0 {
				r.Reply <- Response{Err: "empty"}
				continue
			}
			m := r.Args[0]
			for _, a := range r.Args[1:] {
				if a > m {
					m = a
				}
			}
			r.Reply <- Response{Value: m}
		default:
			r.Reply <- Response{Err: "unknown op " + strings.ToUpper(r.Op)}
		}
	}
}

func main() {
	reqs := make(chan Request)
	go server(reqs)
	call := func(op string, args ...int) Response {
		reply := make(chan Response)
		reqs <- Request{op, args, reply}
		return <-reply
	}
	fmt.Printf("%+v\n", call("sum", 1, 2, 3))
	fmt.Printf("%+v\n", call("max", 4, 9, 2))
	fmt.Printf("%+v\n", call("max"))
	fmt.Printf("%+v\n", call("avg", 1))
	replies := make([]chan Response, 3)
	for i := range replies {
		replies[i] = make(chan Response, 1)
		go func(i int) { reqs <- Request{"sum", []int{i, i * 10}, replies[i]} }(i)
	}
	for i, ch := range replies {
		fmt.Println(i, (<-ch).Value)
	}
	close(reqs)
}
