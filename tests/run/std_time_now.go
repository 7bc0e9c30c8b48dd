package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println("year plausible:", start.Year() >= 2024 && start.Year() < 2200)
	fmt.Println("location is Local:", start.Location() == time.Local)
	s := start.String()
	fmt.Println("has monotonic:", strings.Contains(s, " m=+"))
	fmt.Println("Round(0) strips it:", strings.Contains(start.Round(0).String(), " m="))
	fmt.Println("UTC strips it:", strings.Contains(start.UTC().String(), " m="))
	fmt.Println("Add keeps it:", strings.Contains(start.Add(time.Hour).String(), " m=+"))
	fmt.Println("Add of centuries drops it:", strings.Contains(start.Add(200*365*24*time.Hour).String(), " m="))
	fmt.Println("unix consistent:", start.Unix() == start.UnixNano()/1e9, start.UnixMilli() == start.UnixNano()/1e6)
	fmt.Println("Unix round trip:", time.Unix(start.Unix(), int64(start.Nanosecond())).Equal(start))

	fmt.Println("Since >= 0:", time.Since(start) >= 0)
	fmt.Println("Until <= 0:", time.Until(start) <= 0)
	time.Sleep(0)
	time.Sleep(-5)
	time.Sleep(3 * time.Millisecond)
	mid := time.Now()
	elapsed := mid.Sub(start)
	fmt.Println("slept 3ms:", elapsed >= 3*time.Millisecond, time.Since(start) >= elapsed)
	fmt.Println("ordering:", mid.After(start), start.Before(mid), !mid.Equal(start), mid.Compare(start), start.Compare(mid), start.Compare(start))
	fmt.Println("wall ordering:", !mid.Round(0).Before(start.Round(0)))
	later := mid.Add(time.Hour)
	fmt.Println("until later:", time.Until(later) > 59*time.Minute, time.Until(later) <= time.Hour)
	fmt.Println("sub with mono:", later.Sub(mid), later.Round(0).Sub(mid.Round(0)))

	// A busy loop measured with the monotonic clock.
	t0 := time.Now()
	n := 0
	for time.Since(t0) < 2*time.Millisecond {
		n++
	}
	fmt.Println("loop ran:", n > 0)

	deadline := time.Now().Add(time.Millisecond)
	for time.Now().Before(deadline) {
	}
	fmt.Println("deadline passed:", !time.Now().Before(deadline))
	fmt.Println("Truncate(24h) hour:", time.Now().UTC().Truncate(24*time.Hour).Hour())
}
