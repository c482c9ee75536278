package main

import "fmt"

type Notifier interface{ Notify(msg string) }

type Email struct{ addr string }

func (e Email) Send(msg string) {}

func alert(n Notifier) { n.Notify("alert") }

func main() {
	alert(Email{"a@b.c"}) // ERROR "cannot use Email\{…\} \(value of type Email\) as type Notifier"
	fmt.Println("sent")
}
