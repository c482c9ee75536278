package main

import "fmt"

type Runner interface{ Run() }

type Job struct{}

func (j *Job) Run() {}

func main() {
	var r Runner = &Job{}
	switch r.(type) {
	case Job: // ERROR "impossible type switch case: Job"
		fmt.Println("job")
	}
}
