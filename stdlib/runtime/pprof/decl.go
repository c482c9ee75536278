// stdlib/runtime/pprof/decl.go — Go 1.19's runtime/pprof: Profile, the CPU and heap profile entry
// points, and goroutine labels (LabelSet, Do, WithLabels, ...).
//
// Skipped: nothing.
//
// Signatures only: the declarations have no bodies; the native implementations arrive with later
// issues, beside this file, without changing what is declared here.
package pprof

import (
	"context"
	"io"
	"sync"
)

type LabelSet struct {
	list []label
}

type label struct {
	key   string
	value string
}

type Profile struct {
	name  string
	mu    sync.Mutex
	m     map[any][]uintptr
	count func() int
	write func(io.Writer, int) error
}

func (p *Profile) Add(value any, skip int)
func (p *Profile) Count() int
func (p *Profile) Name() string
func (p *Profile) Remove(value any)
func (p *Profile) WriteTo(w io.Writer, debug int) error

func Do(ctx context.Context, labels LabelSet, f func(context.Context))
func ForLabels(ctx context.Context, f func(key, value string) bool)
func Label(ctx context.Context, key string) (string, bool)
func Labels(args ...string) LabelSet
func Lookup(name string) *Profile
func NewProfile(name string) *Profile
func Profiles() []*Profile
func SetGoroutineLabels(ctx context.Context)
func StartCPUProfile(w io.Writer) error
func StopCPUProfile()
func WithLabels(ctx context.Context, labels LabelSet) context.Context
func WriteHeapProfile(w io.Writer) error
