package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	grand := context.WithValue(child, "user", "ann")
	sibling, cancelSibling := context.WithCancel(root)
	defer cancelSibling()

	fmt.Println(root.Err(), child.Err(), grand.Err())
	cancelChild()
	<-grand.Done()
	fmt.Println(root.Err(), child.Err(), grand.Err(), sibling.Err())
	fmt.Println(grand.Value("user"), grand.Value("missing"))
	cancelRoot()
	<-sibling.Done()
	fmt.Println(sibling.Err(), errors.Is(sibling.Err(), context.Canceled))
	cancelRoot() // idempotent
	fmt.Println(root.Err())
	todo := context.TODO()
	fmt.Println(todo.Err(), todo.Done() == nil)
	_, hasDeadline := child.Deadline()
	fmt.Println(hasDeadline)
}
