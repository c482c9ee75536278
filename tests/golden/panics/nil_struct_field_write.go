package main

import "fmt"

type Config struct {
	Name    string
	Retries int
}

type Server struct {
	cfg *Config
}

func (s *Server) SetRetries(n int) { s.cfg.Retries = n }

func main() {
	ok := &Server{cfg: &Config{Name: "a"}}
	ok.SetRetries(3)
	fmt.Printf("%+v\n", *ok.cfg)
	bad := &Server{}
	bad.SetRetries(5)
	fmt.Println("unreachable")
}
