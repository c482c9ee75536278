package main

import (
	"fmt"
	"os"
	"strings"
)

type S struct{ A int }

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(S{1}, S{2}, "z", S{3}))
	fmt.Println(fmt.Sprint(nil, nil, "n"))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, "b"))
	fmt.Printf("%q\n", fmt.Sprint())
	var sb strings.Builder
	fmt.Fprint(&sb, "x", 1, 2)
	fmt.Fprintln(&sb, " end")
	fmt.Fprintf(&sb, "%03d", 7)
	fmt.Printf("%q\n", sb.String())
	n, err := fmt.Fprintln(os.Stdout, "written to stdout", 12)
	fmt.Println(n, err)
	n, err = fmt.Printf("%s\n", "héllo")
	fmt.Println(n, err)
	fmt.Fprintf(os.Stderr, "this goes to stderr %d\n", 1)
	fmt.Fprint(os.Stdout, "fprint", 1, 2, "\n")
}
