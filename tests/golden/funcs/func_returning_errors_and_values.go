package main

import (
	"errors"
	"fmt"
	"strings"
)

type User struct {
	Name  string
	Email string
}

var ErrInvalid = errors.New("invalid user")

func parseUser(s string) (u User, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("parseUser(%q): %w", s, err)
		}
	}()
	name, email, ok := strings.Cut(s, "<")
	if !ok || !strings.HasSuffix(email, ">") {
		return User{}, ErrInvalid
	}
	u.Name = strings.TrimSpace(name)
	u.Email = strings.TrimSuffix(email, ">")
	if !strings.Contains(u.Email, "@") {
		return u, fmt.Errorf("bad email %q: %w", u.Email, ErrInvalid)
	}
	return u, nil
}

func main() {
	for _, s := range []string{"Ann <ann@example.com>", "Bob bob@example.com", "Cy <cy.example.com>"} {
		u, err := parseUser(s)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Println("  is ErrInvalid:", errors.Is(err, ErrInvalid), "partial:", u)
			continue
		}
		fmt.Printf("%+v\n", u)
	}
}
