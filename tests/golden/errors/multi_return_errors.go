package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Stack struct{ data []int }

var ErrUnderflow = errors.New("stack underflow")

func (s *Stack) Push(v int) { s.data = append(s.data, v) }

func (s *Stack) Pop() (int, error) {
	if len(s.data) == 0 {
		return 0, ErrUnderflow
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func run(prog []string) (result int, err error) {
	var s Stack
	for i, op := range prog {
		switch op {
		case "+", "*":
			a, err1 := s.Pop()
			b, err2 := s.Pop()
			if err := firstErr(err1, err2); err != nil {
				return 0, fmt.Errorf("op %d (%s): %w", i, op, err)
			}
			if op == "+" {
				s.Push(a + b)
			} else {
				s.Push(a * b)
			}
		default:
			n, err := strconv.Atoi(op)
			if err != nil {
				return 0, fmt.Errorf("op %d: not a number %q", i, op)
			}
			s.Push(n)
		}
	}
	return s.Pop()
}

func main() {
	fmt.Println(run([]string{"2", "3", "+", "4", "*"}))
	fmt.Println(run([]string{"2", "+"}))
	fmt.Println(run([]string{}))
	fmt.Println(run([]string{"1", "two", "+"}))
	_, err := run([]string{"*"})
	fmt.Println(errors.Is(err, ErrUnderflow), errors.Unwrap(err) == ErrUnderflow)
}
