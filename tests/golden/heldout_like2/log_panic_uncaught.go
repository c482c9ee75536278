package main

import (
	"fmt"
	"log"
	"os"
)

type record struct {
	id   int
	name string
}

func validate(r record) error {
	if r.name == "" {
		return fmt.Errorf("record %d: empty name", r.id)
	}
	return nil
}

func main() {
	logger := log.New(os.Stdout, "validate: ", 0)
	records := []record{{1, "a"}, {2, ""}, {3, "c"}}
	for _, r := range records {
		if err := validate(r); err != nil {
			logger.Printf("error: %v", err)
			continue
		}
		logger.Println("ok", r.id, r.name)
	}
	log.SetFlags(0)
	log.SetPrefix("fatal-prefix ")
	defer fmt.Println("deferred")
	log.Panicln("giving up:", len(records))
}
