package main

import (
	"fmt"
	"sync"
)

func producer(id, n int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("p%d-%d", id, i)
	}
}

func main() {
	out := make(chan string)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go producer(id, id*2, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	counts := map[byte]int{}
	total := 0
	for s := range out {
		counts[s[1]]++
		total++
	}
	fmt.Println(total, counts['1'], counts['2'], counts['3'])
	ch := make(chan int, 1)
	ch <- 7
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	done := make(chan struct{})
	var wg2 sync.WaitGroup
	woke := make([]bool, 4)
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			<-done
			woke[i] = true
		}(i)
	}
	close(done)
	wg2.Wait()
	fmt.Println("all woke:", woke)
}
