package main

import "fmt"

func helper() interface{} { return recover() }

func direct() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("direct recovered: ", r)
		}
	}()
	panic("one")
}

func indirect() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res += fmt.Sprint(" | outer recovered: ", r)
		}
	}()
	defer func() {
		if r := helper(); r != nil {
			res = "helper recovered (unexpected)"
			return
		}
		res = "helper got nil"
	}()
	panic("first")
}

func main() {
	fmt.Println(recover())
	fmt.Println(direct())
	fmt.Println(indirect())
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	var arr []int
	idx := 5
	fmt.Println(arr[idx])
}
