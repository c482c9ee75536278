package main

import "fmt"

type User struct{ Name string }

func main() {
	u := User{Name: "x"}
	var p *User = u // ERROR "cannot use u \(variable of type User\) as type \*User in"
	fmt.Println(p)
}
