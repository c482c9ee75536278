package main

import (
	"fmt"
	"math"
	"runtime/debug"
)

func main() {
	fmt.Println(debug.SetMemoryLimit(1<<30), debug.SetMemoryLimit(-1), debug.SetMemoryLimit(math.MaxInt64))
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1000000000))
	fmt.Println(debug.SetMaxThreads(100), debug.SetMaxThreads(10000))
	fmt.Println(debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(100))
	debug.FreeOSMemory()
	debug.SetTraceback("all")
	fmt.Println(len(debug.Stack()) > 0)
}
