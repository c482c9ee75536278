package main

import (
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

type TimeoutErr struct{}

func (TimeoutErr) Error() string   { return "timeout" }
func (TimeoutErr) Temporary() bool { return true }

type temporary interface{ Temporary() bool }

func check(line int, s string) error {
	if s == "" {
		return ParseError{line, "empty"}
	}
	if s == "slow" {
		return TimeoutErr{}
	}
	return nil
}

func main() {
	for i, s := range []string{"ok", "", "slow"} {
		err := check(i+1, s)
		if err == nil {
			fmt.Println(i+1, "fine")
			continue
		}
		fmt.Println(i+1, "error:", err)
		if t, ok := err.(temporary); ok && t.Temporary() {
			fmt.Println("  temporary, retry")
		}
		if pe, ok := err.(ParseError); ok {
			fmt.Println("  parse error at line", pe.Line)
		}
	}
	var err error = ParseError{7, "bad token"}
	fmt.Printf("%v | %s | %+v | %q\n", err, err, err, err)
	fmt.Println(err.Error())
}
