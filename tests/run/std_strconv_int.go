// strconv's integer and boolean conversions: ParseInt, ParseUint, Atoi
// with every base and bit size, prefixes and underscores, range errors with
// the clamped values, NumError, FormatInt/Uint in all bases, Append*.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

// code abbreviates a ParseInt/ParseUint error.
func code(err error) string {
	if err == nil {
		return ""
	}
	switch err.(*strconv.NumError).Err {
	case strconv.ErrSyntax:
		return "!S"
	case strconv.ErrRange:
		return "!R"
	}
	return "!?"
}

func main() {
	inputs := []string{
		"", "0", "1", "-1", "+1", "+", "-", "12345", "-12345", "007", "0x1F", "0X1f", "-0x1f",
		"0b101", "0B101", "0o17", "0O17", "017", "08", "0x", "0b", "0o", "0x_1", "0_1", "1_000",
		"1__000", "_1", "1_", "0x1_f", "-0b_1", "z", "Z", "zz", "10", "ff", "FF", "777",
		"127", "128", "-128", "-129", "255", "256", "32767", "32768", "-32768", "-32769",
		"65535", "65536", "2147483647", "2147483648", "-2147483648", "-2147483649",
		"4294967295", "4294967296", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "18446744073709551615",
		"18446744073709551616", "99999999999999999999", "-99999999999999999999",
		"99999999999999999999x", "1x", " 1", "1 ", "1.0", "１", "0xffffffffffffffff",
		"0x10000000000000000", "-0x8000000000000000", "0b1111111111111111111111111111111111111111111111111111111111111111",
	}
	for _, s := range inputs {
		for _, base := range []int{0, 2, 8, 10, 16, 36} {
			line := strconv.Quote(s) + " " + strconv.Itoa(base) + ":"
			for _, bits := range []int{0, 8, 16, 32, 64} {
				i, err := strconv.ParseInt(s, base, bits)
				u, uerr := strconv.ParseUint(s, base, bits)
				line += " " + strconv.FormatInt(i, 10) + code(err) + " " + strconv.FormatUint(u, 10) + code(uerr)
			}
			fmt.Println(line)
		}
		_, err := strconv.ParseInt(s, 0, 64)
		_, uerr := strconv.ParseUint(s, 0, 32)
		fmt.Println(err, "|", uerr)
		n, err := strconv.Atoi(s)
		fmt.Println("Atoi", strconv.Quote(s), n, err)
	}

	// Bad bases and bit sizes.
	for _, base := range []int{-1, 1, 37, 100} {
		_, err := strconv.ParseInt("1", base, 64)
		_, uerr := strconv.ParseUint("1", base, 64)
		fmt.Println(err, "|", uerr)
	}
	for _, bits := range []int{-1, 65, 128} {
		_, err := strconv.ParseInt("-1", 10, bits)
		_, uerr := strconv.ParseUint("1", 10, bits)
		fmt.Println(err, "|", uerr)
	}

	// NumError fields, Unwrap and errors.Is.
	_, err := strconv.ParseInt("300", 10, 8)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrRange)
	}
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err))
	_, err = strconv.Atoi("12a")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	e := &strconv.NumError{Func: "ParseThing", Num: "a\"b\n", Err: errors.New("custom")}
	fmt.Println(e.Error())
	fmt.Println(strconv.IntSize, strconv.ErrRange, strconv.ErrSyntax)

	// Formatting.
	values := []int64{0, 1, -1, 7, -7, 35, 36, 100, -100, 255, 1 << 31, -1 << 31, 1<<63 - 1, -1 << 63, 1234567890123}
	for _, v := range values {
		line := ""
		for base := 2; base <= 36; base += 3 {
			line += strconv.FormatInt(v, base) + " " + strconv.FormatUint(uint64(v), base) + " "
		}
		fmt.Println(line)
		fmt.Println(strconv.Itoa(int(v)), string(strconv.AppendInt([]byte("n="), v, 16)), string(strconv.AppendUint(nil, uint64(v), 10)))
	}
	fmt.Println(strconv.FormatUint(18446744073709551615, 2))
	fmt.Println(strconv.FormatUint(18446744073709551615, 36))

	// Booleans.
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", "", "2"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(strconv.Quote(s), b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false), string(strconv.AppendBool([]byte("b:"), true)))

	// An illegal base panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strconv.FormatInt(1, 1))
}
