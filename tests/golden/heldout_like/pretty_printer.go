package main

import (
	"fmt"
	"sort"
	"strings"
)

func pretty(v interface{}, indent int) string {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return fmt.Sprint(x)
	case int:
		return fmt.Sprintf("%d", x)
	case float64:
		return fmt.Sprintf("%g", x)
	case string:
		return fmt.Sprintf("%q", x)
	case []interface{}:
		if len(x) == 0 {
			return "[]"
		}
		var parts []string
		for _, e := range x {
			parts = append(parts, pad+"  "+pretty(e, indent+1))
		}
		return "[\n" + strings.Join(parts, ",\n") + "\n" + pad + "]"
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s  %q: %s", pad, k, pretty(x[k], indent+1)))
		}
		return "{\n" + strings.Join(parts, ",\n") + "\n" + pad + "}"
	default:
		return fmt.Sprintf("\"<%T>\"", x)
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "vitro",
		"version": 1.5,
		"tags":    []interface{}{"go", "vm", 42, true, nil},
		"owner": map[string]interface{}{
			"login": "gopher",
			"id":    7,
			"empty": []interface{}{},
		},
		"weird": struct{ A int }{3},
		"ok":    false,
	}
	fmt.Println(pretty(doc, 0))
	fmt.Println(pretty([]interface{}{1.25, "a\tb", map[string]interface{}{}}, 0))
}
