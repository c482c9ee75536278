package main

import (
	"fmt"
	"strings"
)

type Writer interface{ Write(s string) int }

type upper struct{ out *strings.Builder }

func (u upper) Write(s string) int {
	u.out.WriteString(strings.ToUpper(s))
	return len(s)
}

type Counting struct {
	Writer
	calls int
}

func (c *Counting) Write(s string) int {
	c.calls++
	return c.Writer.Write(s)
}

type Plain struct{ Writer }

func main() {
	var sb strings.Builder
	c := &Counting{Writer: upper{&sb}}
	n := c.Write("abc")
	n += c.Write("-def")
	fmt.Println(n, c.calls, sb.String())
	p := Plain{upper{&sb}}
	p.Write("!x")
	fmt.Println(sb.String())
	var w Writer = p
	w.Write("?")
	fmt.Println(sb.String())
	empty := Plain{}
	fmt.Println(empty.Writer == nil)
}
