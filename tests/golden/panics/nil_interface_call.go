package main

import "fmt"

type Notifier interface{ Notify(string) }

type Service struct {
	name string
	n    Notifier
}

func (s *Service) Start() {
	fmt.Println("starting", s.name)
	s.n.Notify("started " + s.name)
}

func main() {
	s := &Service{name: "billing"}
	s.Start()
}
