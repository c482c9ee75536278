package main

import (
	"fmt"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	maxConn int
	tls     bool
}

type Option func(*Server)

func WithPort(p int) Option             { return func(s *Server) { s.port = p } }
func WithTimeout(d time.Duration) Option { return func(s *Server) { s.timeout = d } }
func WithTLS() Option                    { return func(s *Server) { s.tls = true } }
func WithMaxConn(n int) Option {
	return func(s *Server) {
		if n > 0 {
			s.maxConn = n
		}
	}
}

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, maxConn: 100}
	for _, o := range opts {
		o(s)
	}
	return s
}

func (s Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout=%v, max=%d)", scheme, s.host, s.port, s.timeout, s.maxConn)
}

type Builder struct {
	parts []string
	err   error
}

func (b *Builder) Add(p string) *Builder {
	if p == "" && b.err == nil {
		b.err = fmt.Errorf("empty part at %d", len(b.parts))
	}
	b.parts = append(b.parts, p)
	return b
}

func (b *Builder) Build() (string, error) {
	if b.err != nil {
		return "", b.err
	}
	return fmt.Sprint(b.parts), nil
}

func main() {
	fmt.Println(NewServer("localhost"))
	fmt.Println(NewServer("example.com", WithPort(443), WithTLS(), WithTimeout(1500*time.Millisecond)))
	fmt.Println(*NewServer("x", WithMaxConn(-1), WithMaxConn(5), WithTimeout(90*time.Minute)))
	fmt.Println((&Builder{}).Add("a").Add("b").Add("c").Build())
	fmt.Println((&Builder{}).Add("a").Add("").Add("c").Build())
	for _, d := range []time.Duration{0, 1, 1500, 2 * time.Millisecond, 61 * time.Second, 25*time.Hour + 30*time.Second, -5 * time.Minute} {
		fmt.Print(d, " ")
	}
	fmt.Println()
	d := 3*time.Hour + 25*time.Minute + 45*time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), int64(d))
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour), time.Duration(1e9).String())
}
