package main

import "fmt"

type Notifier interface{ Notify(msg string) }

type EmailNotifier struct {
	Addr string
	sent []string
}

func (e *EmailNotifier) Notify(msg string) { e.sent = append(e.sent, msg) }

type User struct {
	Name string
	*EmailNotifier
}

type Admin struct {
	User
	Level int
}

func broadcast(ns []Notifier, msg string) {
	for _, n := range ns {
		n.Notify(msg)
	}
}

func main() {
	en := &EmailNotifier{Addr: "a@example.com"}
	u := User{"ann", en}
	ad := Admin{User{"root", &EmailNotifier{Addr: "root@example.com"}}, 9}
	broadcast([]Notifier{u, &u, ad, en}, "hello")
	u.Notify("direct")
	fmt.Println(en.sent)
	fmt.Println(ad.sent, ad.Addr, ad.Level)
	var n Notifier = ad
	if a, ok := n.(Admin); ok {
		fmt.Println("admin", a.Name)
	}
}
