package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"time"
)

func main() {
	d := time.Duration(1500) * time.Millisecond
	f := d.String
	fmt.Println(f())
	g := time.Duration.String
	fmt.Println(g(2 * time.Second))
	r := strings.NewReader("hello")
	l := r.Len
	fmt.Println(l())
	var buf bytes.Buffer
	w := (*bytes.Buffer).WriteString
	w(&buf, "abc")
	fmt.Println(buf.String())
	ss := sort.StringSlice{"b", "a"}
	sorter := ss.Sort
	sorter()
	fmt.Println(ss)
	hp := sort.IntSlice.Len
	fmt.Println(hp(sort.IntSlice{1, 2, 3}))
	fns := []func(string) string{strings.ToUpper, strings.ToLower, strings.TrimSpace}
	for _, fn := range fns {
		fmt.Print(fn(" Ab "), "|")
	}
	fmt.Println()
	var st fmt.Stringer = d
	sf := st.String
	fmt.Println(sf())
}
