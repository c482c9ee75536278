// stdlib/container/heap/decl.go — Go 1.19's container/heap: Interface and the heap operations
// over any type implementing it (natives in heap_natives.cpp call its methods).
//
// Skipped: nothing.
package heap

import (
	"sort"
)

type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

func Fix(h Interface, i int)
func Init(h Interface)
func Pop(h Interface) any
func Push(h Interface, x any)
func Remove(h Interface, i int) any
