package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker finished")
		done <- true
	}()
	<-done
	fmt.Println("main blocks forever")
	select {}
}
