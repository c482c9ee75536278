package main

import "fmt"

type HTTPError struct {
	Code int
	Path string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%d on %s", e.Code, e.Path) }

func main() {
	fmt.Println("serving")
	panic(&HTTPError{503, "/api"})
}
