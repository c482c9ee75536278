package main

import (
	"fmt"
	"strconv"
)

type Level int

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

func main() {
	var line []byte
	for i, msg := range []string{"start", "load config", "ready"} {
		line = line[:0]
		line = fmt.Appendf(line, "%05d [%-5v] ", i*125, Level(i%3))
		line = fmt.Append(line, msg, " ", len(msg))
		line = strconv.AppendQuote(line, msg)
		line = fmt.Appendln(line)
		fmt.Print(string(line))
	}
	b := fmt.Append(nil, 1, 2, "x", 3.5, nil, []int{4})
	fmt.Printf("%q %d\n", b, len(fmt.Appendln(nil, "a", "b")))
}
