package main

import (
	"fmt"
	"strings"
)

type Formatter interface {
	Format(s string) string
}

type upper struct{}

func (upper) Format(s string) string { return strings.ToUpper(s) }

type Pipeline struct {
	steps []Formatter
}

func (p *Pipeline) Run(s string) string {
	for _, f := range p.steps {
		if f == nil {
			s = "[skipped nil step]" + s
			continue
		}
		s = f.Format(s)
	}
	return s
}

func main() {
	p := &Pipeline{steps: []Formatter{upper{}, nil, upper{}}}
	fmt.Println(p.Run("data"))
	var f Formatter
	fmt.Println(f == nil)
	fmt.Printf("%v %T\n", f, f)
	var pp *Pipeline
	fmt.Println(pp == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(f.Format("boom"))
	}()
}
