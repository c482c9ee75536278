package main

import "fmt"

type User struct {
	Name string
}

func (u User) Name() string { // ERROR "field and method with the same name Name"
	return "user"
}

func main() {
	fmt.Println(User{})
}
