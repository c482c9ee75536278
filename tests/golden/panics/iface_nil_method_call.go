package main

import "fmt"

type Runner interface{ Run() int }

type job struct{ n int }

func (j *job) Run() int { return j.n }

func pick(ok bool) Runner {
	if ok {
		return &job{4}
	}
	return nil
}

func main() {
	fmt.Println(pick(true).Run())
	r := pick(false)
	fmt.Println(r == nil)
	fmt.Println(r.Run())
}
