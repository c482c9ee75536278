package main

import (
	"fmt"
	"sort"
)

type Interval struct{ Start, End int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Start, iv.End) }

func merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	sorted := append([]Interval(nil), ivs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	out := []Interval{sorted[0]}
	for _, iv := range sorted[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			if iv.End > last.End {
				last.End = iv.End
			}
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func twoSum(nums []int, target int) (int, int, bool) {
	seen := map[int]int{}
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return j, i, true
		}
		seen[n] = i
	}
	return 0, 0, false
}

func maxSubarray(nums []int) (int, int, int) {
	best, cur := nums[0], nums[0]
	bs, be, cs := 0, 0, 0
	for i := 1; i < len(nums); i++ {
		if cur < 0 {
			cur = nums[i]
			cs = i
		} else {
			cur += nums[i]
		}
		if cur > best {
			best, bs, be = cur, cs, i
		}
	}
	return best, bs, be
}

func main() {
	ivs := []Interval{{8, 10}, {1, 3}, {2, 6}, {15, 18}, {17, 20}, {6, 7}}
	fmt.Println(ivs, "->", merge(ivs))
	fmt.Println(merge(nil), len(merge(nil)))
	fmt.Println(twoSum([]int{2, 7, 11, 15}, 9))
	fmt.Println(twoSum([]int{3, 2, 4}, 6))
	fmt.Println(twoSum([]int{1, 2}, 7))
	fmt.Println(maxSubarray([]int{-2, 1, -3, 4, -1, 2, 1, -5, 4}))
	fmt.Println(maxSubarray([]int{-3, -1, -2}))
	fmt.Printf("%v %s %d\n", Interval{1, 2}, []Interval{{3, 4}}, Interval{5, 6})
}
