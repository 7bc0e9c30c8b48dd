package fmt

import (
	"internal/reflectlite"
	"unicode/utf8"
)

// maxNum bounds widths and precisions: larger ones are treated as absent.
const maxNum = 1000000

// parseNum reads a decimal number at s[i:end]. ok is false when there are
// no digits or the number is too large (then next is end).
func parseNum(s string, i, end int) (num int, ok bool, next int) {
	if i >= end {
		return 0, false, end
	}
	for next = i; next < end && '0' <= s[next] && s[next] <= '9'; next++ {
		if num > maxNum || num < -maxNum {
			return 0, false, end
		}
		num = num*10 + int(s[next]-'0')
		ok = true
	}
	return num, ok, next
}

// intArg returns argument n as a width or precision: ok is false if it is
// not of an integer type or too large. next is the following argument.
func intArg(a []any, n int) (num int, ok bool, next int) {
	next = n
	if n >= len(a) {
		return 0, false, next
	}
	next = n + 1
	if v, isInt := a[n].(int); isInt {
		num, ok = v, true
	} else if a[n] != nil {
		k := reflectlite.KindOf(a[n])
		if isSignedKind(k) {
			v := reflectlite.IntOf(a[n])
			if int64(int(v)) == v {
				num, ok = int(v), true
			}
		} else if isUnsignedKind(k) {
			v := reflectlite.UintOf(a[n])
			if int64(v) >= 0 && uint64(int(v)) == v {
				num, ok = int(v), true
			}
		}
	}
	if num > maxNum || num < -maxNum {
		return 0, false, next
	}
	return num, ok, next
}

// argIndex reads an explicit argument index "[n]" at format[i:]. It
// returns the zero-based index, the position after it, and whether a
// well-formed index was found; an index out of range clears goodArgNum.
func (p *printer) argIndex(argNum int, format string, i int, numArgs int) (int, int, bool) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	if len(format)-i < 3 {
		// Too short for "[n]".
		p.goodArgNum = false
		return argNum, i + 1, false
	}
	// Find the closing bracket.
	for j := i + 1; j < len(format); j++ {
		if format[j] == ']' {
			n, ok, next := parseNum(format, i+1, j)
			if !ok || next != j {
				p.goodArgNum = false
				return argNum, j + 1, false
			}
			n--
			if n >= 0 && n < numArgs {
				return n, j + 1, true
			}
			p.goodArgNum = false
			return argNum, j + 1, true
		}
	}
	p.goodArgNum = false
	return argNum, i + 1, false
}

func (p *printer) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false // the last thing read was an argument index
	p.reordered = false
	i := 0
	for i < end {
		p.goodArgNum = true
		start := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > start {
			p.buf = append(p.buf, format[start:i]...)
		}
		if i >= end {
			break
		}
		i++ // the %

		// Flags.
		p.clearFlags()
	flags:
		for ; i < end; i++ {
			switch format[i] {
			case '#':
				p.sharp = true
			case '0':
				p.zero = true
			case '+':
				p.plus = true
			case '-':
				p.minus = true
			case ' ':
				p.space = true
			default:
				break flags
			}
		}

		argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))

		// Width.
		if i < end && format[i] == '*' {
			i++
			p.wid, p.widPresent, argNum = intArg(a, argNum)
			if !p.widPresent {
				p.buf = append(p.buf, badWidth...)
			}
			if p.wid < 0 {
				// A negative width means left alignment.
				p.wid = -p.wid
				p.minus = true
				p.zero = false
			}
			afterIndex = false
		} else {
			p.wid, p.widPresent, i = parseNum(format, i, end)
			if afterIndex && p.widPresent { // "%[3]2d"
				p.goodArgNum = false
			}
		}

		// Precision.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // "%[3].2d"
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.prec, p.precPresent, argNum = intArg(a, argNum)
				if p.prec < 0 {
					p.prec = 0
					p.precPresent = false
				}
				if !p.precPresent {
					p.buf = append(p.buf, badPrec...)
				}
				afterIndex = false
			} else {
				p.prec, p.precPresent, i = parseNum(format, i, end)
				if !p.precPresent {
					p.prec = 0
					p.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf = append(p.buf, noVerb...)
			break
		}

		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%':
			// A literal percent sign: takes no operand, ignores flags.
			p.buf = append(p.buf, '%')
		case !p.goodArgNum:
			p.buf = append(p.buf, percentBang...)
			p.writeRune(verb)
			p.buf = append(p.buf, badIndex...)
		case argNum >= len(a):
			p.buf = append(p.buf, percentBang...)
			p.writeRune(verb)
			p.buf = append(p.buf, missingArg...)
		default:
			if verb == 'w' {
				p.wrapped = append(p.wrapped, argNum)
			}
			if verb == 'v' || verb == 'w' {
				// %#v is Go syntax, %+v adds field names.
				p.sharpV, p.sharp = p.sharp, false
				p.plusV, p.plus = p.plus, false
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Extra operands, unless the format picked operands by index.
	if !p.reordered && argNum < len(a) {
		p.clearFlags()
		p.buf = append(p.buf, extraStr...)
		for j, arg := range a[argNum:] {
			if j > 0 {
				p.buf = append(p.buf, commaSpace...)
			}
			if arg == nil {
				p.buf = append(p.buf, nilAngle...)
			} else {
				p.buf = append(p.buf, reflectlite.TypeString(arg)...)
				p.buf = append(p.buf, '=')
				p.printArg(arg, 'v')
			}
		}
		p.buf = append(p.buf, ')')
	}
}
