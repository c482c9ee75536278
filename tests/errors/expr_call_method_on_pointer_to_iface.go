package main

import "fmt"

type Speaker interface{ Speak() string }

func talk(s *Speaker) {
	fmt.Println(s.Speak()) // ERROR "s.Speak undefined \(type \*Speaker is pointer to interface,"
}

func main() {
	talk(nil)
}
