package main

import "fmt"

func main() {
	cache := map[interface{}]string{}
	cache["a"] = "string key"
	cache[42] = "int key"
	cache[[2]int{1, 2}] = "array key"
	fmt.Println(len(cache), cache[42], cache[[2]int{1, 2}])
	key := []string{"not", "hashable"}
	cache[key] = "boom"
}
