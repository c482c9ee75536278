package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldError struct {
	Field, Problem string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Problem }

type MultiError []error

func (m MultiError) Error() string {
	msgs := make([]string, len(m))
	for i, e := range m {
		msgs[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: %s", len(m), strings.Join(msgs, "; "))
}

type Signup struct {
	Name, Email string
	Age         int
}

func validate(s Signup) error {
	var errs MultiError
	if strings.TrimSpace(s.Name) == "" {
		errs = append(errs, FieldError{"name", "required"})
	}
	if !strings.Contains(s.Email, "@") {
		errs = append(errs, FieldError{"email", fmt.Sprintf("%q is not an address", s.Email)})
	}
	if s.Age < 13 {
		errs = append(errs, FieldError{"age", "too young"})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func main() {
	forms := []Signup{
		{"Ann", "ann@example.com", 30},
		{"", "nobody", 9},
		{"Bob", "bob.example.com", 40},
	}
	for _, f := range forms {
		err := validate(f)
		fmt.Println(err)
		var me MultiError
		if errors.As(err, &me) {
			for _, e := range me {
				var fe FieldError
				if errors.As(e, &fe) {
					fmt.Printf("  field=%s problem=%s\n", fe.Field, fe.Problem)
				}
			}
		}
	}
}
