package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(3)
	words := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	r := rand.New(rand.NewSource(99))
	nums := []int{1, 2, 3, 4, 5, 6}
	r.Shuffle(len(nums), func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	fmt.Println(nums, r.Intn(50))
}
