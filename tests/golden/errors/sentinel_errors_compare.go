package main

import (
	"errors"
	"fmt"
	"io"
)

var (
	ErrClosed  = errors.New("closed")
	ErrTimeout = errors.New("timeout")
)

type Conn struct {
	closed bool
	reads  int
}

func (c *Conn) Read() (string, error) {
	if c.closed {
		return "", ErrClosed
	}
	c.reads++
	switch c.reads {
	case 1, 2:
		return fmt.Sprintf("chunk%d", c.reads), nil
	case 3:
		return "", fmt.Errorf("read #%d: %w", c.reads, ErrTimeout)
	}
	return "", io.EOF
}

func main() {
	c := &Conn{}
	for {
		s, err := c.Read()
		if err == io.EOF {
			fmt.Println("eof")
			break
		}
		if errors.Is(err, ErrTimeout) {
			fmt.Println("retrying after:", err)
			continue
		}
		if err != nil {
			fmt.Println("fatal:", err)
			break
		}
		fmt.Println("got", s)
	}
	c.closed = true
	_, err := c.Read()
	fmt.Println(err == ErrClosed, errors.Is(err, ErrTimeout), err)
}
