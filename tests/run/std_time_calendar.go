package main

import (
	"fmt"
	"time"
)

var seed uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func show(t time.Time) {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	iy, iw := t.ISOWeek()
	fmt.Println(t, "|", y, m, d, h, mi, s, t.Nanosecond(), t.Weekday(), t.YearDay(), iy, iw,
		t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Unix(), t.IsZero())
}

func main() {
	var zero time.Time
	show(zero)
	fmt.Println(zero.Unix(), zero.UnixMilli(), zero.Location(), zero.Format(time.RFC3339Nano))
	fmt.Printf("%#v\n", zero)

	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	show(t)
	fmt.Printf("%v|%s|%#v\n", t, t, t)
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	name, off := t.Zone()
	fmt.Println(name, off, t.Location(), t.Location() == time.UTC, t.IsDST())

	// Normalization.
	show(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, 0, 0, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, 2, 29, 24, 60, 60, 1e9, time.UTC))
	show(time.Date(2024, 2, 29, -1, -1, -1, -1, time.UTC))
	show(time.Date(2000, 1, 1, 0, 0, 0, -1, time.UTC))
	show(time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC))
	show(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC))
	show(time.Date(-1, 3, 1, 12, 0, 0, 0, time.UTC))
	show(time.Date(-4713, 11, 24, 12, 0, 0, 0, time.UTC))
	show(time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC))
	show(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(292277026596, 12, 4, 15, 30, 7, 0, time.UTC))
	show(time.Date(2100, 2, 28, 0, 0, 0, 0, time.UTC).Add(24 * time.Hour))
	show(time.Date(2000, 2, 28, 0, 0, 0, 0, time.UTC).Add(24 * time.Hour))

	// Fixed zones.
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("IST", 5*3600+30*60)
	odd := time.FixedZone("", -(3*3600 + 25*60 + 17))
	for _, loc := range []*time.Location{est, ist, odd, time.UTC} {
		u := time.Date(2021, 1, 1, 2, 30, 0, 0, loc)
		n, o := u.Zone()
		fmt.Println(loc, u, u.UTC(), u.Unix(), n, o, u.Format(time.RFC3339), u.Format(time.RFC1123Z), u.Format("Z07:00:00 -07:00:00 Z070000 -070000 Z07 -07 MST"))
		fmt.Printf("%#v\n", u)
		fmt.Println(t.In(loc), t.In(loc).Equal(t), t.In(loc).Location())
	}

	// Layouts.
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly,
		time.TimeOnly,
		"", "no elements here", "Month Mon Monday Jan January Janet MST", "2006 06 _2006 __2 002 _2 02 2",
		"1 01 15 3 03 4 04 5 05 PM pm", ".0 .00 .000 .0000 .000000 .000000000 .0000000000",
		".9 .99 .999 .999999 .999999999 .9999999999", ",000 ,999 .990 .099 05.000 5,9", "15:04:05.000000000000001",
		"Z Z0 Z07 -0 -07 - 07", "pM Pm PM pm", "__2__2 ___2", "2006-01-02T15:04:05.999999999Z07:00",
	}
	times := []time.Time{
		t,
		time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC),
		time.Date(2023, 12, 31, 12, 0, 0, 500000000, ist),
		time.Date(5, 7, 4, 13, 9, 9, 100, est),
		time.Date(-44, 3, 15, 11, 11, 11, 11, time.UTC),
		time.Date(12345, 6, 7, 8, 9, 10, 120000000, odd),
	}
	for _, l := range layouts {
		fmt.Printf("%q\n", l)
		for _, tt := range times {
			fmt.Printf("  %q\n", tt.Format(l))
		}
	}
	fmt.Printf("%s\n", t.AppendFormat([]byte("prefix: "), time.Kitchen))

	// Arithmetic and comparisons.
	u := t.Add(90*time.Minute + 5*time.Nanosecond)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Before(u), u.Equal(t), t.Equal(t.In(est)),
		u.Compare(t), t.Compare(u), t.Compare(t.In(ist)))
	fmt.Println(t.Add(-time.Duration(t.Nanosecond())), t.Add(-123456790), t.Add(877000000))
	far := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)
	old := time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(old), old.Sub(far), far.Sub(t), time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC).Sub(zero))
	fmt.Println(zero.Add(1<<63-1), zero.Add(-1<<63))
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, -11, 21), time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0),
		time.Date(2024, 2, 29, 0, 0, 0, 0, est).AddDate(1, 0, 0), t.AddDate(-2009, 0, 0))

	// Unix constructors.
	for _, p := range [][2]int64{{0, 0}, {1, -1}, {-1, 1}, {0, -1}, {0, 1e9}, {0, 3e9 + 7}, {0, -3e9 - 7},
		{1700000000, 999999999}, {-62135596800, 0}, {253402300799, 0}, {-1e10, -5}} {
		v := time.Unix(p[0], p[1]).UTC()
		fmt.Println(p, v, v.Unix(), v.Nanosecond(), v.UnixNano(), v.UnixMilli(), v.UnixMicro())
	}
	for _, ms := range []int64{0, 1, -1, 1700000000123, -1700000000123, 999, -999} {
		fmt.Println(ms, time.UnixMilli(ms).UTC(), time.UnixMicro(ms).UTC())
	}

	// Truncate and Round.
	tr := time.Date(2012, 12, 7, 12, 15, 30, 918273645, time.UTC)
	for _, d := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second,
		2 * time.Second, time.Minute, 10 * time.Minute, time.Hour, 24 * time.Hour, 7 * time.Second, 0, -1,
		1<<63 - 1, 123456789123456789} {
		fmt.Println(d, tr.Round(d), tr.Truncate(d), zero.Round(d), time.Date(-5, 1, 1, 0, 0, 1, 1, time.UTC).Truncate(d))
	}

	// Months and weekdays.
	for m := time.Month(-1); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 7; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Println(time.UTC, time.UTC.String())
	fmt.Printf("%#v\n", time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("A \"quoted\" zone", 60)))

	// Random sweep over a wide range of instants.
	sum := 0
	for i := 0; i < 2000; i++ {
		sec := int64(next()%(1<<40)) - 1<<39 // about +-17000 years
		if i%3 == 0 {
			sec = int64(next()%(1<<34)) - 1<<33
		}
		ns := int64(next() % 1e9)
		v := time.Unix(sec, ns).UTC()
		s := v.Format(time.RFC3339Nano + " Mon Jan 002 __2 3PM")
		iy, iw := v.ISOWeek()
		w := time.Date(v.Year(), v.Month(), v.Day(), v.Hour(), v.Minute(), v.Second(), v.Nanosecond(), time.UTC)
		if !w.Equal(v) {
			fmt.Println("date mismatch", v, w)
		}
		r := v.Round(time.Duration(next()%(1<<45)) + 1)
		if i%40 == 0 {
			fmt.Println(s, iy, iw, v.YearDay(), v.Weekday(), r)
		}
		sum += len(s) + iy + iw + v.YearDay() + int(r.Unix()%1000)
	}
	fmt.Println("sum", sum)
}
