package main

import (
	"fmt"
	"strings"
)

type Handler interface{ Handle(req string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(req string) string { return f(req) }

type Middleware func(Handler) Handler

func logging(tag string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(req string) string {
			return tag + "(" + next.Handle(req) + ")"
		})
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type static string

func (s static) Handle(string) string { return string(s) }

func main() {
	echo := HandlerFunc(strings.ToUpper)
	h := chain(echo, logging("a"), logging("b"))
	fmt.Println(h.Handle("req"))
	fmt.Println(chain(static("fixed"), logging("only")).Handle("ignored"))
	routes := map[string]Handler{"/up": echo, "/fixed": static("F")}
	for _, p := range []string{"/fixed", "/up"} {
		fmt.Println(p, routes[p].Handle("path"+p))
	}
	fmt.Printf("%T %T\n", h, echo)
}
