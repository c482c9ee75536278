package main

import (
	"errors"
	"fmt"
)

type JobError struct {
	ID  int
	Err error
}

func (e JobError) Error() string { return fmt.Sprintf("job %d: %v", e.ID, e.Err) }

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fmt.Println("job running")
		panic(JobError{7, errors.New("disk full")})
	}()
	<-done
	select {}
}
