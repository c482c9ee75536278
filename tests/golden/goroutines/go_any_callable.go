package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

type Runner interface{ Run(id int, done chan<- bool) }

type R struct{ name string }

func (r R) Run(id int, done chan<- bool) {
	fmt.Println("run", r.name, id)
	done <- true
}

type Job struct {
	fn func(int)
}

func main() {
	var wg sync.WaitGroup
	done := make(chan bool)

	// A native method: go wg.Done().
	wg.Add(1)
	go wg.Done()
	wg.Wait()

	// A standard-library function; its arguments are evaluated at the go statement.
	x := 1
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("x in closure", x)
	}()
	wg.Wait()
	go time.Sleep(time.Millisecond)

	// An interface method, and a method value of an interface.
	var r Runner = R{"a"}
	go r.Run(2, done)
	<-done
	f := r.Run
	r = R{"b"}
	go f(3, done)
	<-done
	go r.Run(4, done)
	<-done

	// A func-typed map element and struct field.
	handlers := map[string]func(int){
		"p": func(x int) { fmt.Println("handler", x); done <- true },
	}
	go handlers["p"](5)
	<-done
	j := Job{fn: func(x int) { fmt.Println("job", x); done <- true }}
	go j.fn(6)
	<-done

	// Method values of standard-library types.
	var sb strings.Builder
	ws := sb.WriteString
	wg.Add(1)
	go func() { ws("x"); wg.Done() }()
	wg.Wait()
	fmt.Println(sb.String())

	// Built-ins.
	ch := make(chan int)
	go close(ch)
	_, ok := <-ch
	fmt.Println("closed", ok)
	data := make(chan int, 1)
	go func(v int) { data <- v }(x * 10)
	fmt.Println(<-data)
	os.Stdout.WriteString("end\n")
}
