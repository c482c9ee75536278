package main

import "fmt"

func helper() interface{} {
	return recover()
}

func tryIndirect() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("outer recovered: ", r)
		}
	}()
	func() {
		defer func() {
			r := helper()
			fmt.Println("helper recover returned:", r)
		}()
		panic("p1")
	}()
	return "unreachable"
}

func main() {
	fmt.Println(tryIndirect())
	defer func() {
		fmt.Println("main deferred, recover:", recover())
	}()
	var arr []int
	fmt.Println("about to fail")
	fmt.Println(arr[0])
}
