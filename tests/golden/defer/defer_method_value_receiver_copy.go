package main

import "fmt"

type Logger struct {
	name  string
	lines int
}

func (l Logger) Report()     { fmt.Println("value report:", l.name, l.lines) }
func (l *Logger) ReportPtr() { fmt.Println("ptr report:", l.name, l.lines) }
func (l *Logger) Log(s string) {
	l.lines++
	fmt.Println(l.name+":", s)
}

func run() {
	l := Logger{name: "svc"}
	defer l.Report()
	defer l.ReportPtr()
	f := l.Report
	defer f()
	l.Log("one")
	l.Log("two")
	l.name = "svc2"
}

func main() {
	run()
	var ifs []interface{ Report() }
	ifs = append(ifs, Logger{"x", 1}, &Logger{"y", 2})
	for _, i := range ifs {
		defer i.Report()
	}
	fmt.Println("main end")
}
