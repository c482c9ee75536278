package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Mid struct {
	*Base
	Name string
}

func (m Mid) Kind() string { return "mid" }

type Top struct {
	Mid
	Extra int
}

type Logger struct{ prefix string }

func (l Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	Logger
	Base
}

func main() {
	t := Top{Mid{&Base{1, "inner"}, "outer"}, 5}
	fmt.Println(t.Name, t.Base.Name, t.Mid.Name, t.ID)
	fmt.Println(t.Describe(), t.Kind(), t.Base.Kind())
	t.Rename("renamed")
	fmt.Println(t.Base.Name, t.Name)
	t2 := t
	t2.Rename("shared")
	fmt.Println(t.Base.Name, "(pointer embed shares)")
	s := Service{Logger{"[svc] "}, Base{2, "svc"}}
	s.Log(s.Describe())
	s.Rename("svc2")
	s.Log(s.Name)
	var d interface{ Describe() string } = t
	fmt.Println(d.Describe())
	var k interface{ Kind() string } = &t
	fmt.Println(k.Kind())
	fmt.Printf("%+v\n", s)
	var m Mid
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(m.Kind())
	fmt.Println(m.Describe())
}
