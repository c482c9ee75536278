package main

import "fmt"

type ParseError struct{ Line int }

func parse() error {
	return ParseError{Line: 3} // ERROR "cannot use ParseError\{…\} \(value of type ParseError\) as type"
}

func main() {
	fmt.Println(parse())
}
