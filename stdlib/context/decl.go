// stdlib/context/decl.go — Go 1.19's context: the Context interface, CancelFunc, Background, TODO,
// the With* constructors and the Canceled and DeadlineExceeded errors.
//
// Skipped: nothing (Go 1.20+'s WithCancelCause, AfterFunc, WithoutCancel are not in Go 1.19).
//
// Signatures only: the natives are in context_natives.cpp (constructors, methods, the cancel
// tree) and context_types.cpp (descriptors, itabs, Background/TODO and the two errors, which
// init_globals stores in Canceled and DeadlineExceeded).
package context

import (
	"time"
)

var (
	Canceled         error
	DeadlineExceeded error
)

type CancelFunc func()

type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

func Background() Context
func TODO() Context
func WithCancel(parent Context) (ctx Context, cancel CancelFunc)
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)
func WithValue(parent Context, key, val any) Context
