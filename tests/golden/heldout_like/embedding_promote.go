package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }

type Service struct {
	Base
	*Logger
	Port int
}

func (s Service) Kind() string { return "service:" + s.Base.Kind() }

type Describer interface{ Describe() string }

func main() {
	s := Service{Base{1, "api"}, &Logger{prefix: "[api] "}, 8080}
	s.Log("starting on %d", s.Port)
	s.Log("name=%s id=%d", s.Name, s.ID)
	fmt.Println(s.Describe(), s.Kind())
	var d Describer = s
	fmt.Println(d.Describe())
	for _, l := range s.lines {
		fmt.Println(l)
	}
	fmt.Printf("%+v\n", s.Base)
	fmt.Printf("%v\n", s.Base)
	s.ID = 99
	fmt.Println(s.Base.ID, s.Describe())
	type Outer struct {
		Service
		Extra string
	}
	o := Outer{s, "x"}
	fmt.Println(o.Name, o.Kind(), o.Port, len(o.lines))
}
