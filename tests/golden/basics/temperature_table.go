package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func main() {
	fmt.Printf("%-10s %-10s\n", "Celsius", "Fahrenheit")
	for c := Celsius(-40); c <= 100; c += 20 {
		fmt.Printf("%-10v %-10v\n", c, c.ToF())
	}
	body := Fahrenheit(98.6)
	fmt.Println(body, "=", body.ToC())
	fmt.Println(Celsius(0).ToF().ToC())
	var temps = []Celsius{12.5, -3, 30.25}
	fmt.Println(temps)
	total := Celsius(0)
	for _, t := range temps {
		total += t
	}
	fmt.Println("avg:", total/Celsius(len(temps)))
}
