package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Path string
	User string
}

type Handler func(Request) (int, string)

type Middleware func(Handler) Handler

func logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r Request) (int, string) {
			code, body := next(r)
			*log = append(*log, fmt.Sprintf("%s %d", r.Path, code))
			return code, body
		}
	}
}

func auth(next Handler) Handler {
	return func(r Request) (int, string) {
		if r.User == "" {
			return 401, "unauthorized"
		}
		return next(r)
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	var log []string
	hello := func(r Request) (int, string) {
		if !strings.HasPrefix(r.Path, "/hello") {
			return 404, "not found"
		}
		return 200, "hello, " + r.User
	}
	h := chain(hello, logging(&log), auth)
	for _, r := range []Request{{"/hello", "ann"}, {"/hello", ""}, {"/other", "bob"}} {
		code, body := h(r)
		fmt.Println(code, body)
	}
	fmt.Println(strings.Join(log, "; "))
}
