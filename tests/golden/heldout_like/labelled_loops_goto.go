package main

import "fmt"

func findPair(nums []int, target int) (int, int) {
outer:
	for i := 0; i < len(nums); i++ {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] > target*2 {
				continue outer
			}
			if nums[i]+nums[j] == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	fmt.Println(findPair([]int{1, 4, 6, 3, 8}, 9))
	fmt.Println(findPair([]int{1, 2}, 10))
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				break search
			}
		}
	}
	i := 0
retry:
	i++
	if i < 4 {
		fmt.Println("attempt", i)
		goto retry
	}
	n := 0
	for {
		switch {
		case n%2 == 0:
			n += 3
			continue
		case n > 10:
			goto done
		}
		n++
	}
done:
	fmt.Println("n =", n)
sw:
	switch x := 5; {
	case x > 3:
		for k := 0; k < 10; k++ {
			if k == 2 {
				break sw
			}
			fmt.Println("k", k)
		}
		fmt.Println("not printed")
	}
	fmt.Println("end")
}
