package main

import (
	"fmt"
	"strings"
)

type Resource struct {
	name string
	log  *[]string
}

func Open(name string, log *[]string) *Resource {
	*log = append(*log, "open "+name)
	return &Resource{name, log}
}

func (r *Resource) Close() { *r.log = append(*r.log, "close "+r.name) }

func process(names []string, log *[]string) {
	for _, n := range names {
		func() {
			r := Open(n, log)
			defer r.Close()
			*log = append(*log, "use "+r.name)
		}()
	}
}

func processDeferAll(names []string, log *[]string) {
	for _, n := range names {
		r := Open(n, log)
		defer r.Close()
	}
	*log = append(*log, "all open")
}

func main() {
	var log []string
	process([]string{"a", "b"}, &log)
	fmt.Println(strings.Join(log, ", "))
	log = nil
	processDeferAll([]string{"x", "y", "z"}, &log)
	fmt.Println(strings.Join(log, ", "))
}
