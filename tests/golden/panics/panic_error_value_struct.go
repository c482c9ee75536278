package main

import "fmt"

type HTTPError struct {
	Code int
	Msg  string
}

func (e HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

func fetch(path string) string {
	if path == "/missing" {
		panic(HTTPError{404, "Not Found"})
	}
	return "content of " + path
}

func main() {
	fmt.Println(fetch("/index"))
	fmt.Println(fetch("/missing"))
}
