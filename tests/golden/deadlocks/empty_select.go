package main

import "fmt"

func main() {
	done := make(chan struct{})
	results := make([]int, 3)
	go func() {
		for i := range results {
			results[i] = i * i
		}
		fmt.Println("worker finished")
		close(done)
	}()
	<-done
	fmt.Println(results, "waiting forever")
	select {}
}
