package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }
func (l Logger) Count() int      { return len(l.lines) }

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("base#%d", b.ID) }
func (b Base) Kind() string     { return "base" }

type Service struct {
	*Logger
	Base
	Name string
}

func (s Service) Kind() string { return "service:" + s.Base.Kind() }

func main() {
	s := Service{Logger: &Logger{prefix: "[svc] "}, Base: Base{7}, Name: "api"}
	s.Log("start")
	s.Log("ready")
	fmt.Println(s.Count(), s.lines)
	fmt.Println(s.Describe(), s.Kind(), s.ID)
	copyS := s
	copyS.Log("from copy")
	fmt.Println(s.Count(), copyS.Count())
	copyS.ID = 8
	fmt.Println(s.Describe(), copyS.Describe())
	type Describer interface{ Describe() string }
	var d Describer = s
	fmt.Println(d.Describe())
}
