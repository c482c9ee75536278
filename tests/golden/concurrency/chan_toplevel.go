package main

import "fmt"

type Point struct{ X, Y int }

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 10
	}
}

func gen(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func sendPoints(c chan Point) {
	c <- Point{1, 2}
	c <- Point{3, 4}
	close(c)
}

func echo(in <-chan string, out chan<- string) {
	for s := range in {
		out <- "echo:" + s
	}
	close(out)
}

func main() {
	jobs := make(chan int, 5)
	results := make(chan int, 100)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for i := 1; i <= 9; i++ {
		jobs <- i
	}
	close(jobs)
	sum := 0
	for i := 0; i < 9; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum, "len", len(results), "cap", cap(results))

	c := make(chan int)
	go gen(5, c)
	for v := range c {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-c
	fmt.Println("after close:", v, ok)

	pc := make(chan Point)
	go sendPoints(pc)
	for p := range pc {
		p.X *= 10
		fmt.Println(p)
	}

	in := make(chan string)
	out := make(chan string)
	go echo(in, out)
	for _, w := range []string{"a", "bb", "ccc"} {
		in <- w
		fmt.Println(<-out)
	}
	close(in)
	_, ok = <-out
	fmt.Println("out open:", ok)

	buf := make(chan []int, 2)
	buf <- []int{1, 2}
	buf <- nil
	a, b := <-buf, <-buf
	fmt.Println(a, b == nil, len(buf))

	var nilc chan int
	fmt.Println(len(nilc), cap(nilc))
	done := make(chan struct{})
	go closeIt(done)
	<-done
	<-done
	fmt.Println("done closed")
}

func closeIt(c chan struct{}) {
	close(c)
}
