package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	words := strings.Fields("the quick brown fox jumps over a lazy dog and then it naps")
	w := append([]string(nil), words...)
	sort.Stable(byLen(w))
	fmt.Println(w)
	sort.Stable(sort.Reverse(byLen(w)))
	fmt.Println(w)
	nums := sort.IntSlice{5, 3, 8, 1}
	nums.Sort()
	fmt.Println(nums, nums.Search(4), nums.Len())
	sort.Stable(sort.Reverse(nums))
	fmt.Println(nums)
}
