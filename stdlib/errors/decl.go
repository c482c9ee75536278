// stdlib/errors/decl.go — Go 1.19's errors: New, Is, As, Unwrap.
//
// Skipped: nothing.
//
// Signatures only: the declarations have no bodies; the native implementations arrive with later
// issues, beside this file, without changing what is declared here.
package errors

func As(err error, target any) bool
func Is(err, target error) bool
func New(text string) error
func Unwrap(err error) error
