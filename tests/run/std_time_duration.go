package main

import (
	"fmt"
	"math"
	"time"
)

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func main() {
	ds := []time.Duration{
		0, 1, -1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, 1234567,
		999999999, time.Second, time.Second + 1, 1500 * time.Millisecond,
		time.Minute, time.Minute + 500*time.Millisecond, 61 * time.Second,
		time.Hour, time.Hour + 2*time.Minute + 3500*time.Millisecond,
		100 * time.Hour, -90 * time.Minute, math.MaxInt64, math.MinInt64,
		math.MinInt64 + 1, time.Microsecond, time.Millisecond, -time.Nanosecond * 123,
	}
	for _, d := range ds {
		fmt.Printf("%v|%s|%d|%v|%v|%v|%d|%d|%d\n", d, d.String(), int64(d), d.Hours(), d.Minutes(), d.Seconds(),
			d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
		fmt.Println("  abs", d.Abs(), "trunc", d.Truncate(time.Second), d.Truncate(time.Millisecond), d.Truncate(0), d.Truncate(-5),
			"round", d.Round(time.Second), d.Round(time.Hour), d.Round(7), d.Round(0), d.Round(-1))
	}
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Printf("%d %d %d\n", time.Hour, time.Minute, time.Second)
	fmt.Println(time.Duration(1<<62).Round(3*time.Hour), time.Duration(math.MaxInt64).Round(time.Hour),
		time.Duration(math.MinInt64).Round(time.Hour), time.Duration(-1<<62).Round(time.Minute))
	d, _ := time.ParseDuration("1h15m30.918273645s")
	for _, m := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second,
		2 * time.Second, time.Minute, 10 * time.Minute, time.Hour} {
		fmt.Printf("d.Round(%6s) = %s  d.Truncate(%6s) = %s\n", m, d.Round(m).String(), m, d.Truncate(m).String())
	}

	// Random sweep.
	sum := 0
	for i := 0; i < 3000; i++ {
		v := time.Duration(next())
		switch i % 4 {
		case 1:
			v >>= 20
		case 2:
			v >>= 40
		case 3:
			v >>= 55
		}
		m := time.Duration(next()>>uint(next()%60)) + 1
		s := v.String()
		back, err := time.ParseDuration(s)
		if err != nil || back != v {
			fmt.Println("roundtrip", s, back, err)
		}
		if i%50 == 0 {
			fmt.Println(s, v.Round(m), v.Truncate(m), v.Abs(), v.Hours(), v.Seconds())
		}
		sum += len(s) + len(v.Round(m).String())
	}
	fmt.Println("sum", sum)

	inputs := []string{
		"0", "-0", "+0", "5s", "30s", "1478s", "-5s", "+5s", "-0s", "+0s", "5.0s", "5.6s", "5.s", ".5s",
		"1.0s", "1.00s", "1.004s", "1.0040s", "100.00100s", "10ns", "11us", "12µs", "12μs", "13ms",
		"14s", "15m", "16h", "3h30m", "10.5s4m", "-2m3.4s", "1h2m3s4ms5us6ns", "39h9m14.425s",
		"52763797000ns", "0.3333333333333333333h", "9007199254740993ns", "9223372036854775807ns",
		"9223372036854775.807us", "9223372036s854ms775us807ns", "-9223372036854775808ns",
		"-9223372036854775.808us", "-9223372036s854ms775us808ns", "-2562047h47m16.854775808s",
		"0.100000000000000000000h", "0.830103483285477580700h",
		"", "3", "-", "s", ".", "-.", ".s", "+.s", "1d", "\x85\x85", "\xffff", "hello \xffff world",
		"9223372036854775808ns", "9223372036854775.808us", "9223372036854ms775us808ns",
		"-9223372036854775809ns", "1.5x", "3000000h", "2562048h", "1s1", "1s 2s", "µs", "1\"s", "1\\s", "1\ts",
		"1.", "12.ms", "1e3s", "0x10s", "1s-2s", "9223372036854775808", "1h.", "1..5s",
		"1\uFFFDs", "\uFFFD", "1\xef\xbf", "1\xc2", "1µ", "1µsec", "\x00",
	}
	for _, in := range inputs {
		d, err := time.ParseDuration(in)
		fmt.Printf("%q -> %v (%d) %v\n", in, d, int64(d), err)
	}
}
