// stdlib/sync/decl.go — Go 1.19's sync: Mutex, RWMutex, WaitGroup, Once, Cond, Pool, Map and the
// Locker interface, with Go's field layouts so that objects have Go's sizes.
//
// Skipped: nothing. Where Go's fields are unsafe.Pointer (v1 has no unsafe) they are declared with
// a pointer type of the same size, or uintptr where the runtime owns the pointee (noted at each).
//
// Signatures only: the declarations have no bodies; the native implementations arrive with later
// issues, beside this file, without changing what is declared here.
package sync

import "sync/atomic"

// noCopy marks a type that must not be copied after first use (go vet's copylocks check).
type noCopy struct{}

// copyChecker holds a Cond's own address to detect copies.
type copyChecker uintptr

// notifyList is the runtime's ticket-based wait list behind Cond; head and tail (Go:
// unsafe.Pointer) point to runtime-owned waiters.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   uintptr
	tail   uintptr
}

type Cond struct {
	noCopy  noCopy
	L       Locker
	notify  notifyList
	checker copyChecker
}

func (c *Cond) Broadcast()
func (c *Cond) Signal()
func (c *Cond) Wait()

type Locker interface {
	Lock()
	Unlock()
}

// Map keeps its entries in one ordinary map[any]any (vitro's layout; Go's read/dirty split is
// an optimisation for many Ps). read and misses are unused.
type Map struct {
	mu     Mutex
	read   atomic.Value
	dirty  map[any]any
	misses int
}

func (m *Map) Delete(key any)
func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) Range(f func(key, value any) bool)
func (m *Map) Store(key, value any)

type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) TryLock() bool
func (m *Mutex) Unlock()

type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func())

type Pool struct {
	noCopy     noCopy
	local      *poolLocal
	localSize  uintptr
	victim     *poolLocal
	victimSize uintptr
	New        func() any
}

// poolLocal is one P's part of a Pool; local and victim (Go: unsafe.Pointer) point to arrays
// of them, one per P.
type poolLocal struct {
	private any
	shared  []any
}

func (p *Pool) Get() any
func (p *Pool) Put(x any)

type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RLocker() Locker
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) Unlock()

type WaitGroup struct {
	noCopy noCopy
	state1 uint64
	state2 uint32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

func NewCond(l Locker) *Cond
