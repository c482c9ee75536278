package main

import (
	"bytes"
	"fmt"
	"sync"
)

var bufPool = sync.Pool{
	New: func() interface{} {
		return new(bytes.Buffer)
	},
}

func render(name string, n int) string {
	buf := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(buf)
	buf.Reset()
	buf.WriteString(name)
	buf.WriteString(":")
	for i := 0; i < n; i++ {
		buf.WriteByte('*')
	}
	return buf.String()
}

func main() {
	for i, name := range []string{"alpha", "beta", "gamma"} {
		fmt.Println(render(name, i+2))
	}
	var wg sync.WaitGroup
	out := make([]string, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = render(fmt.Sprint("g", i), i)
		}(i)
	}
	wg.Wait()
	fmt.Println(out)
	var p sync.Pool
	fmt.Println(p.Get() == nil)
}
