// fmt.Sprintf over a matrix of verbs, flags, widths and precisions for
// integers, floats, strings, byte slices, runes and booleans.
package main

import (
	"fmt"
	"math"
	"strings"
)

// show prints a line with NUL bytes (from %c of 0) shown as \0.
func show(s string) { fmt.Println(strings.ReplaceAll(s, "\x00", `\0`)) }

func main() {
	ints := []any{0, 7, -7, 255, -1 << 40, math.MaxInt64, math.MinInt64,
		int8(-128), int16(300), int32(-70000), uint8(200), uint16(65535),
		uint32(1 << 31), uint64(math.MaxUint64), uint(42), uintptr(0xbeef)}
	intVerbs := []string{"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d",
		"%x", "%X", "%#x", "%#08x", "%o", "%#o", "%O", "%b", "%#b", "%v", "%#v",
		"%c", "%q", "%U", "%#U", "%.0d", "%+.3d", "%x", "% x", "%-#10x|", "%010b"}
	for _, v := range ints {
		line := fmt.Sprintf("%T:", v)
		for _, f := range intVerbs {
			line += " " + fmt.Sprintf(f, v)
		}
		show(line)
	}

	floats := []any{0.0, math.Copysign(0, -1), 1.0, -2.5, 3.14159265358979, 1e6, 1e21, 1e-7,
		123456789.125, math.NaN(), math.Inf(1), math.Inf(-1), float32(0.1), float32(16777217),
		math.MaxFloat64, math.SmallestNonzeroFloat64, 100.0, 0.000123456}
	floatVerbs := []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%8.3f", "%-8.3f|",
		"%08.3f", "%+.2e", "% .3g", "%#g", "%#.3g", "%#.0f", "%.0e", "%10.4v", "%x", "%X",
		"%.3x", "%b", "%#v", "%+v", "%010v", "%.10g", "%.1g"}
	for _, v := range floats {
		line := fmt.Sprintf("%T:", v)
		for _, f := range floatVerbs {
			line += " " + fmt.Sprintf(f, v)
		}
		show(line)
	}

	strs := []any{"", "hello", "héllo, 世界", "tab\there\n", "\x00\xff", "q\"b`", "☺☻"}
	strVerbs := []string{"%s", "%v", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#x",
		"%8s|", "%-8s|", "%08s", "%.2s", "%.3q", "%8.2x|", "%#v", "%T", "%d"}
	for _, v := range strs {
		line := fmt.Sprintf("%q:", v)
		for _, f := range strVerbs {
			line += " " + fmt.Sprintf(f, v)
		}
		show(line)
		b := []byte(v.(string))
		line = "  bytes:"
		for _, f := range strVerbs {
			line += " " + fmt.Sprintf(f, b)
		}
		show(line)
	}

	runes := []rune{'a', 'é', '世', 0x1F600, '\n', 0x7f, -1, 0x110000, 0}
	for _, r := range runes {
		show(fmt.Sprintf("%d %c %q %+q %#q %U %#U %x %5c|%-4q|", r, r, r, r, r, r, r, r, r, r))
	}

	for _, b := range []bool{true, false} {
		fmt.Printf("%t %v %6t|%-6v|%q %d %#v\n", b, b, b, b, b, b, b)
	}

	// Widths and precisions from arguments, negative widths.
	fmt.Printf("[%*d] [%-*d] [%*d] [%.*f] [%*.*f] [%.*d]\n", 6, 42, 6, 42, -6, 42, 2, math.Pi, 10, 3, math.E, -1, 7)
	fmt.Printf("[%*s] [%.*s]\n", int8(5), "ab", uint(1), "xyz")
	// Argument indexes.
	fmt.Printf("%[2]d %[1]d %d %[1]q|%[3]*.[2]*[1]f|\n", 1, 2, 8)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %#[1]x\n", 1234)
	fmt.Printf("%%|%5%|%c|%v\n", 'x', "y")
}
