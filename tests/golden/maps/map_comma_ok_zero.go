package main

import "fmt"

type Config struct {
	Port int
	Host string
}

func main() {
	settings := map[string]int{"timeout": 0, "retries": 3}
	for _, k := range []string{"timeout", "retries", "missing"} {
		v, ok := settings[k]
		fmt.Printf("%s: %d %v\n", k, v, ok)
	}
	cfgs := map[string]Config{"prod": {443, "example.com"}}
	c, ok := cfgs["dev"]
	fmt.Printf("%+v %v\n", c, ok)
	ptrs := map[string]*Config{}
	p, ok := ptrs["x"]
	fmt.Println(p == nil, ok)
	fns := map[string]func() int{}
	if f, ok := fns["go"]; !ok && f == nil {
		fmt.Println("no func")
	}
	sets := map[string]map[int]bool{}
	fmt.Println(sets["a"][1], len(sets["a"]))
	m := map[string][]string{}
	m["k"] = append(m["k"], "v1")
	m["k"] = append(m["k"], "v2")
	fmt.Println(m, len(m["none"]))
}
