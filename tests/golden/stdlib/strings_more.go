package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.SplitN("héllo", "", 3))
	fmt.Println(strings.Title("hello wörld, it's go_lang"), strings.ToTitle("ǆungla"))
	fmt.Println(strings.ToUpper("straße ǆ ÿ ﬁ"), strings.ToLower("ΑΒΓ İ Σ"))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.LastIndexByte("abcabc", 'b'))
	fmt.Println(strings.IndexAny("x", ""), strings.IndexRune("a\xffb", '\uFFFD'), strings.IndexRune("abc", -1))
	for _, s := range []string{"key=value", "novalue", "=x", "a=b=c"} {
		b, a, ok := strings.Cut(s, "=")
		fmt.Printf("%q %q %v\n", b, a, ok)
	}
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("aa", "2", "a", "1").Replace("aaaaa"))
	fmt.Println(strings.NewReplacer("", "X").Replace("ab"), strings.NewReplacer("", "X", "a", "A").Replace("abc"))
	fmt.Println(strings.NewReplacer("hello", "HI", "world", "EARTH").Replace("hello world, hello!"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Kelvin", "\u212Aelvin"), strings.EqualFold("Σ", "ς"))
	fmt.Println(strings.Fields(" a\u00a0b\u2003c\u3000d "), len(strings.Fields("  ")))
	fmt.Printf("%q\n", strings.TrimSpace("\u3000 x \u2029"))
	fmt.Println(strings.ToValidUTF8("a\xff\xfeb\xffc", "?"), strings.Clone("clone"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Repeat("ab", 3))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", ""), strings.ContainsAny("abc", "xyzc"))
	fmt.Println(strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	rd := strings.NewReader("héllo")
	fmt.Println(rd.Len(), rd.Size())
	for {
		c, n, err := rd.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(c), n, " ")
	}
	fmt.Println(rd.UnreadRune(), rd.UnreadRune())
	rd.Reset("abc")
	b, _ := rd.ReadByte()
	buf := make([]byte, 5)
	n, err := rd.Read(buf)
	fmt.Println(b, n, err, string(buf[:n]))
	n, err = rd.Read(buf)
	fmt.Println(n, err)
	pos, err := rd.Seek(1, 0)
	fmt.Println(pos, err, rd.Len())
}
