package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type TransferError struct {
	From, To string
	Amount   int
	Err      error
}

func (e *TransferError) Error() string {
	return fmt.Sprintf("transfer %d from %s to %s: %v", e.Amount, e.From, e.To, e.Err)
}
func (e *TransferError) Unwrap() error { return e.Err }

type Bank struct {
	accounts map[string]int
	log      []string
}

func (b *Bank) Transfer(from, to string, amt int) error {
	fb, ok := b.accounts[from]
	if !ok {
		return &TransferError{from, to, amt, ErrNoAccount}
	}
	if _, ok := b.accounts[to]; !ok {
		return &TransferError{from, to, amt, fmt.Errorf("destination %q: %w", to, ErrNoAccount)}
	}
	if fb < amt {
		return &TransferError{from, to, amt, ErrInsufficient}
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	b.log = append(b.log, fmt.Sprintf("%s->%s:%d", from, to, amt))
	return nil
}

func (b *Bank) String() string {
	names := make([]string, 0, len(b.accounts))
	for n := range b.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, n := range names {
		fmt.Fprintf(&sb, "%-6s %5d\n", n, b.accounts[n])
	}
	return sb.String()
}

func main() {
	b := &Bank{accounts: map[string]int{"alice": 100, "bob": 50, "carol": 0}}
	tries := []struct {
		f, t string
		a    int
	}{{"alice", "bob", 30}, {"bob", "carol", 100}, {"dave", "bob", 1}, {"carol", "erin", 0}, {"bob", "carol", 80}}
	for _, tr := range tries {
		err := b.Transfer(tr.f, tr.t, tr.a)
		var te *TransferError
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.Is(err, ErrInsufficient):
			fmt.Println("insufficient:", err)
		case errors.As(err, &te) && errors.Is(te, ErrNoAccount):
			fmt.Println("account problem:", te.From, "->", te.To, "|", err)
		}
	}
	fmt.Print(b)
	fmt.Println(b.log)
}
