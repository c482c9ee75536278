package main

import (
	"fmt"
	"strings"
)

type Message struct {
	Seq  int
	Body string
}

func main() {
	queue := make(chan Message, 4)
	done := make(chan []string)
	go func() {
		var log []string
		for m := range queue {
			log = append(log, fmt.Sprintf("%d:%s", m.Seq, strings.ToUpper(m.Body)))
		}
		done <- log
	}()
	words := strings.Fields("one two three four five six seven eight nine ten")
	for i, w := range words {
		queue <- Message{i, w}
	}
	close(queue)
	log := <-done
	fmt.Println(len(log))
	fmt.Println(strings.Join(log, " "))
	v, ok := <-queue
	fmt.Printf("%+v %v\n", v, ok)
}
