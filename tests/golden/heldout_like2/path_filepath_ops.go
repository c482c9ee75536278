package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "/", "//", "a/b/../c", "/../a", "../../x/./y/", "a//b", "/a/b/c/..", "abc/..", "./a", "a/../..", "/x/y/z.tar.gz", "noext", "dir/", ".hidden", "a.b/c"} {
		fmt.Printf("%q: clean=%q base=%q dir=%q ext=%q abs=%v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
		d, f := filepath.Split(p)
		fmt.Printf("   split=%q,%q fbase=%q\n", d, f, filepath.Base(p))
	}
	fmt.Println(path.Join("a", "b", "../c"), path.Join("", ""), path.Join("", "a"), path.Join("/", "x"), filepath.Join("dir", "sub", "file.txt"), filepath.Join())
	for _, c := range [][2]string{{"/a", "/a/b/c"}, {"/a/b", "/a/c"}, {"a", "/b"}, {".", "a/b"}, {"a/b", "a"}, {"../x", "y"}, {"/", "/"}, {"a", "a/../b"}} {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("%q %v\n", r, err)
	}
	fmt.Printf("%q %q %c %c\n", filepath.SplitList("/bin::/usr/bin"), filepath.SplitList(""), filepath.Separator, filepath.ListSeparator)
	fmt.Println(filepath.ToSlash("a/b"), filepath.VolumeName("/x") == "")
}
