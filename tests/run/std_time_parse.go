package main

import (
	"fmt"
	"time"
)

func try(layout, value string, loc *time.Location) {
	t, err := time.ParseInLocation(layout, value, loc)
	if err != nil {
		fmt.Printf("%q %q: error: %v\n", layout, value, err)
		if pe, ok := err.(*time.ParseError); ok {
			fmt.Printf("    %q %q %q\n", pe.LayoutElem, pe.ValueElem, pe.Message)
		}
		return
	}
	name, off := t.Zone()
	fmt.Printf("%q %q: %v | %s %d %v %d\n", layout, value, t, name, off, t.Location(), t.Unix())
}

func main() {
	est := time.FixedZone("EST", -5*3600)
	cases := [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339, "2006-01-02T15:04:05-05:00"},
		{time.RFC3339, "2006-01-02T15:04:05.123456789Z"},
		{time.RFC3339Nano, "2006-01-02T15:04:05.1Z"},
		{time.RFC3339Nano, "2006-01-02T15:04:05,25+00:00"},
		{time.RFC3339, "2006-01-02T15:04:05"},
		{time.RFC3339, "2006-01-02 15:04:05Z"},
		{time.RFC3339, "2006-13-02T15:04:05Z"},
		{time.RFC3339, "2006-02-30T15:04:05Z"},
		{time.RFC3339, "2006-01-02T24:04:05Z"},
		{time.RFC3339, "2006-01-02T15:60:05Z"},
		{time.RFC3339, "2006-01-02T15:04:60Z"},
		{time.RFC3339, "2006-01-02T15:04:05+25:00"},
		{time.RFC3339, "2006-01-02T15:04:05+05:61"},
		{time.RFC3339, "2006-01-02T15:04:05Zjunk"},
		{time.RFC3339, "0000-01-01T00:00:00Z"},
		{time.RFC3339, "9999-12-31T23:59:59.999999999Z"},
		{time.RFC3339, "2024-02-29T12:00:00Z"},
		{time.RFC3339, "2023-02-29T12:00:00Z"},
		{time.RFC3339, "1900-02-29T12:00:00Z"},
		{time.RFC3339, "2000-02-29T12:00:00Z"},
		{time.DateTime, "2023-10-05 08:09:10"},
		{time.DateTime, "2023-10-05 08:09:10.5"},
		{time.DateTime, "2023-10-05 08:09:10,123456789123"},
		{time.DateOnly, "2023-10-05"},
		{time.DateOnly, "2023-1-05"},
		{time.TimeOnly, "08:09:10"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:30PM"},
		{time.Kitchen, "13:00PM"},
		{time.Kitchen, "3:04XM"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.ANSIC, "Thu Feb 29 01:02:03 2024"},
		{time.ANSIC, "Xyz Jan  2 15:04:05 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 UTC 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 PST 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 GMT+3 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 GMT-12 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 GMT 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 CEST 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 ChST 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 EST 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 +03 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 ABCDEF 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 Ab 2006"},
		{time.RubyDate, "Mon Jan 02 15:04:05 -0700 2006"},
		{time.RFC822, "02 Jan 06 15:04 MST"},
		{time.RFC822Z, "02 Jan 70 15:04 -0000"},
		{time.RFC822Z, "02 Jan 68 15:04 +0130"},
		{time.RFC850, "Monday, 02-Jan-06 15:04:05 MST"},
		{time.RFC850, "monday, 02-jan-06 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.StampMilli, "Jan  2 15:04:05.000"},
		{time.StampMilli, "Jan  2 15:04:05.12"},
		{time.StampMicro, "Jan  2 15:04:05.123456"},
		{time.StampNano, "Jan 12 15:04:05.123456789"},
		{"January 2, 2006", "february 29, 2024"},
		{"January 2, 2006", "Febr 29, 2024"},
		{"2006-002", "2024-060"},
		{"2006-002", "2024-366"},
		{"2006-002", "2023-366"},
		{"2006-002", "2023-000"},
		{"2006-__2", "2023- 45"},
		{"2006-__2", "2023-  5"},
		{"2006-01-02 002", "2023-02-14 045"},
		{"2006-01-02 002", "2023-02-15 045"},
		{"2006-01 002", "2023-03 045"},
		{"15:04:05 Z07:00:00", "01:02:03 -01:30:45"},
		{"15:04:05 -070000", "01:02:03 +013045"},
		{"15:04:05 Z07", "01:02:03 +05"},
		{"15:04:05 -07", "01:02:03 Z"},
		{"15:04:05 Z0700", "01:02:03 Z"},
		{"15:04:05 -0700", "01:02:03 +0000"},
		{"15:04:05 -0700", "01:02:03 -0500"},
		{"15:04:05 MST -0700", "01:02:03 EST -0500"},
		{"15:04:05 MST -0700", "01:02:03 XYZ -0500"},
		{"15:04:05 -0700", "01:02:03 *0100"},
		{"15:04:05.000", "01:02:03.-12"},
		{"15:04:05.000", "01:02:03.+12"},
		{"15:04:05.000", "01:02:03.12"},
		{"15:04:05.999", "01:02:03"},
		{"15:04:05.999", "01:02:03.5"},
		{"15:04:05 .000", "01:02:03.5 .250"},
		{"3:4:5 pm", "1:2:3 pm"},
		{"3:4:5 pm", "1:2:3 PM"},
		{"03:04:05 PM", "1:02:03 PM"},
		{"06", "+1"},
		{"06", "68"},
		{"06", "69"},
		{"2006", "-123"},
		{"2006", "12a4"},
		{"2006 _2", "2006 31"},
		{"2006 Jan _2", "2006 Feb 31"},
		{"2006 1 2", "2006 4 31"},
		{"", ""},
		{"", "x"},
		{"literal", "literal"},
		{"lit   eral", "lit eral"},
		{"lit eral", "literal"},
		{"Mon", "Tue"},
		{"Monday", "Tuesday"},
		{"15", "25"},
		{"4", "61"},
		{"1", "0"},
		{"01", "1"},
		{"Jan 2 15:04:05 2006 MST", "Jan 2 15:04:05 2006 \xff"},
	}
	for _, c := range cases {
		try(c[0], c[1], time.UTC)
	}
	fmt.Println("-- in EST")
	for _, c := range cases[:12] {
		try(c[0], c[1], est)
	}
	try(time.UnixDate, "Mon Jan  2 15:04:05 EST 2006", est)
	try("15:04:05 MST -0700", "01:02:03 EST -0500", est)
	try("15:04:05 MST -0700", "01:02:03 EDT -0500", est)
	try(time.RFC3339, "2006-01-02T15:04:05-05:00", est)

	t, err := time.Parse(time.RFC3339, "2012-11-01T22:08:41Z")
	fmt.Println(t, err, t.Location())
	t, err = time.Parse("2006-01-02", "2012-11-01")
	fmt.Println(t, err, t.Location())
	_, err = time.Parse("2006-01-02", "2012-11-0x")
	fmt.Println(err)
	// Round trip through Format.
	for _, l := range []string{time.RFC3339Nano, time.RFC1123Z, time.ANSIC, time.StampNano, "2006-002 15:04:05.000000"} {
		src := time.Date(2021, 7, 9, 18, 7, 6, 5004003, time.UTC)
		back, err := time.ParseInLocation(l, src.Format(l), time.UTC)
		fmt.Println(l, back, err)
	}
}
