package main

import (
	"errors"
	"fmt"
)

type Coded interface {
	error
	Code() int
}

type httpErr struct{ code int }

func (h httpErr) Error() string { return fmt.Sprintf("http %d", h.code) }
func (h httpErr) Code() int     { return h.code }

type plainErr string

func (p plainErr) Error() string { return string(p) }

func codeOf(err error) int {
	var c Coded
	if errors.As(err, &c) {
		return c.Code()
	}
	return -1
}

func main() {
	errs := []error{
		httpErr{503},
		fmt.Errorf("proxy: %w", httpErr{502}),
		plainErr("plain"),
		fmt.Errorf("wrapped plain: %w", plainErr("p")),
		fmt.Errorf("not wrapped: %v", httpErr{500}),
	}
	for _, e := range errs {
		fmt.Printf("%-28q code=%d\n", e.Error(), codeOf(e))
	}
	var p plainErr
	fmt.Println(errors.As(errs[3], &p), p)
}
