package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.SetOutput(os.Stdout)
	log.Println("hello", 42)
	log.Printf("value=%d", 7)
	log.Print("no newline")
	fmt.Println(log.Flags(), log.Prefix())
	var buf bytes.Buffer
	l := log.New(&buf, "[buf] ", log.Lmsgprefix)
	l.Println("one")
	l.Printf("two %s\n", "x")
	fmt.Print(buf.String())
	l2 := log.New(os.Stdout, "L2 ", 0)
	l2.SetPrefix("L2b ")
	l2.Println("msg")
	defer fmt.Println("deferred runs")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l2.Panicf("bad %d", 3)
	}()
	log.Fatalf("fatal: %v", "bye")
}
