package main

import (
	"fmt"
	"strings"
	"sync"
)

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan string{}} }

func (b *Broker) Subscribe(topic string) <-chan string {
	ch := make(chan string, 16)
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
	news1, news2, sports := b.Subscribe("news"), b.Subscribe("news"), b.Subscribe("sports")
	logs := make([]string, 3)
	var wg sync.WaitGroup
	for i, ch := range []<-chan string{news1, news2, sports} {
		wg.Add(1)
		go func(i int, ch <-chan string) {
			defer wg.Done()
			var got []string
			for m := range ch {
				got = append(got, m)
			}
			logs[i] = strings.Join(got, "|")
		}(i, ch)
	}
	fmt.Println(b.Publish("news", "election"), b.Publish("sports", "final"))
	fmt.Println(b.Publish("news", "weather"), b.Publish("tech", "ignored"))
	b.Close()
	wg.Wait()
	for i, l := range logs {
		fmt.Println(i, l)
	}
}
