package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan string{}} }

func (b *Broker) Subscribe(topic string) <-chan string {
	ch := make(chan string, 8)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, list := range b.subs {
		for _, ch := range list {
			close(ch)
		}
	}
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	results := make([][]string, 3)
	topics := []string{"news", "news", "sports"}
	for i, t := range topics {
		ch := b.Subscribe(t)
		wg.Add(1)
		go func(i int, ch <-chan string) {
			defer wg.Done()
			for m := range ch {
				results[i] = append(results[i], m)
			}
		}(i, ch)
	}
	fmt.Println(b.Publish("news", "election"), b.Publish("sports", "goal"), b.Publish("weather", "rain"))
	b.Publish("news", "markets")
	b.Close()
	wg.Wait()
	for i, r := range results {
		fmt.Printf("sub %d (%s): %s\n", i, topics[i], strings.Join(r, ","))
	}
	keys := []string{}
	for k := range b.subs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
