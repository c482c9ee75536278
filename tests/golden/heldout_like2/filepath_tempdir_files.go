package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "walk-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	files := map[string]string{
		"a.txt":          "alpha",
		"sub/b.go":       "package b",
		"sub/deep/c.txt": "gamma gamma",
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := filepath.Join(root, n)
		if err := os.MkdirAll(filepath.Dir(p), 0755); err != nil {
			fmt.Println("mkdir:", err)
		}
		if err := os.WriteFile(p, []byte(files[n]), 0644); err != nil {
			fmt.Println("write:", err)
		}
	}
	for _, n := range names {
		p := filepath.Join(root, n)
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		fmt.Printf("%-16s ext=%-4s base=%-6s len=%d err=%v upper=%s\n", rel, filepath.Ext(p), filepath.Base(p), len(data), err, strings.ToUpper(string(data)))
	}
	_, err = os.Stat(filepath.Join(root, "missing"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	err = os.Mkdir(filepath.Join(root, "sub"), 0755)
	fmt.Println(errors.Is(err, fs.ErrExist), os.IsExist(err))
	fmt.Println(os.MkdirAll(filepath.Join(root, "sub", "deep"), 0755))
}
