package main

import "fmt"

func main() {
	fmt.Println("querying")
	query := `SELECT *
FROM users
	fmt.Println(query)
}
