package main

import (
	"fmt"
	"strings"
)

type request struct {
	op    string
	arg   string
	reply chan string
}

func kvServer(reqs <-chan request) {
	store := map[string]string{}
	for r := range reqs {
		switch r.op {
		case "set":
			k, v, _ := strings.Cut(r.arg, "=")
			store[k] = v
			r.reply <- "OK"
		case "get":
			if v, ok := store[r.arg]; ok {
				r.reply <- v
			} else {
				r.reply <- "(nil)"
			}
		default:
			r.reply <- "ERR unknown op " + r.op
		}
	}
}

func main() {
	reqs := make(chan request)
	go kvServer(reqs)
	call := func(op, arg string) string {
		rc := make(chan string)
		reqs <- request{op, arg, rc}
		return <-rc
	}
	fmt.Println(call("set", "lang=go"))
	fmt.Println(call("get", "lang"))
	fmt.Println(call("get", "missing"))
	fmt.Println(call("set", "lang=vitro"))
	fmt.Println(call("get", "lang"))
	fmt.Println(call("del", "lang"))
	close(reqs)
}
