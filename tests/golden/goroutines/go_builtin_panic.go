package main

func main() {
	go panic("boom in goroutine")
	select {}
}
