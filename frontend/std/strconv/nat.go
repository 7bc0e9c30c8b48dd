package strconv

// nat is a natural number in base 2^32, least significant limb first,
// without leading zero limbs (zero is the empty nat). It carries the exact
// arithmetic behind the float conversions: the power-of-ten table, fixed
// precision formatting and the slow path of ParseFloat. Operations may
// reuse their operand's storage.
type nat []uint32

func natFromUint64(x uint64) nat {
	z := nat{uint32(x), uint32(x >> 32)}
	return z.norm()
}

func (z nat) norm() nat {
	n := len(z)
	for n > 0 && z[n-1] == 0 {
		n--
	}
	return z[:n]
}

func (z nat) bitLen() int {
	if len(z) == 0 {
		return 0
	}
	top := z[len(z)-1]
	n := 0
	for top != 0 {
		top >>= 1
		n++
	}
	return 32*(len(z)-1) + n
}

// bit returns bit i of z.
func (z nat) bit(i int) uint32 {
	if i < 0 || i/32 >= len(z) {
		return 0
	}
	return z[i/32] >> uint(i%32) & 1
}

// anyBelow reports whether any of the bits 0 .. i-1 of z is set.
func (z nat) anyBelow(i int) bool {
	w := i / 32
	if w > len(z) {
		w = len(z)
	}
	for j := 0; j < w; j++ {
		if z[j] != 0 {
			return true
		}
	}
	if w < len(z) && i%32 != 0 {
		return z[w]&(1<<uint(i%32)-1) != 0
	}
	return false
}

// mulAdd returns z*m + a.
func (z nat) mulAdd(m, a uint32) nat {
	carry := uint64(a)
	for i := 0; i < len(z); i++ {
		t := uint64(z[i])*uint64(m) + carry
		z[i] = uint32(t)
		carry = t >> 32
	}
	if carry != 0 {
		z = append(z, uint32(carry))
	}
	return z
}

// pow5 holds 5^0 .. 5^13, the powers of five that fit in a limb.
var pow5 = [14]uint32{1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125,
	9765625, 48828125, 244140625, 1220703125}

// mulPow5 returns z * 5^n.
func (z nat) mulPow5(n int) nat {
	for n >= 13 {
		z = z.mulAdd(pow5[13], 0)
		n -= 13
	}
	if n > 0 {
		z = z.mulAdd(pow5[n], 0)
	}
	return z
}

// shl returns z << s.
func (z nat) shl(s int) nat {
	if len(z) == 0 || s == 0 {
		return z
	}
	words, bits := s/32, uint(s%32)
	n := len(z)
	out := make(nat, n+words+1)
	if bits == 0 {
		copy(out[words:], z)
	} else {
		var prev uint32
		for i := 0; i < n; i++ {
			out[i+words] = z[i]<<bits | prev
			prev = z[i] >> (32 - bits)
		}
		out[n+words] = prev
	}
	return out.norm()
}

// shr returns z >> s.
func (z nat) shr(s int) nat {
	words, bits := s/32, uint(s%32)
	if words >= len(z) {
		return z[:0]
	}
	n := len(z) - words
	out := make(nat, n)
	if bits == 0 {
		copy(out, z[words:])
	} else {
		for i := 0; i < n; i++ {
			v := z[i+words] >> bits
			if i+words+1 < len(z) {
				v |= z[i+words+1] << (32 - bits)
			}
			out[i] = v
		}
	}
	return out.norm()
}

// shrRound returns z >> s rounded to nearest, ties to even; sticky says
// that the true value is a little more than z.
func (z nat) shrRound(s int, sticky bool) nat {
	if s <= 0 {
		return z.shl(-s)
	}
	half := z.bit(s - 1)
	rest := sticky || z.anyBelow(s-1)
	q := z.shr(s)
	if half == 1 && (rest || q.bit(0) == 1) {
		q = q.mulAdd(1, 1)
	}
	return q
}

// divSmall divides z by d in place and returns the remainder.
func (z nat) divSmall(d uint32) (nat, uint32) {
	var r uint64
	for i := len(z) - 1; i >= 0; i-- {
		t := r<<32 | uint64(z[i])
		z[i] = uint32(t / uint64(d))
		r = t % uint64(d)
	}
	return z.norm(), uint32(r)
}

// divPow10 returns z / 10^n rounded down and whether the division was
// inexact.
func (z nat) divPow10(n int) (nat, bool) {
	inexact := false
	var r uint32
	for n > 0 && len(z) > 0 {
		k := n
		if k > 9 {
			k = 9
		}
		d := uint32(1)
		for i := 0; i < k; i++ {
			d *= 10
		}
		z, r = z.divSmall(d)
		if r != 0 {
			inexact = true
		}
		n -= k
	}
	return z, inexact
}

// appendDecimal appends the decimal digits of z (nothing for zero).
func (z nat) appendDecimal(dst []byte) []byte {
	if len(z) == 0 {
		return dst
	}
	if len(z) <= 2 {
		var x uint64
		for i := len(z) - 1; i >= 0; i-- {
			x = x<<32 | uint64(z[i])
		}
		return appendUint64(dst, x)
	}
	t := make(nat, len(z))
	copy(t, z)
	// Peel off groups of 9 digits, least significant first.
	var groups []uint32
	var r uint32
	for len(t) > 0 {
		t, r = t.divSmall(1000000000)
		groups = append(groups, r)
	}
	dst = appendUint64(dst, uint64(groups[len(groups)-1]))
	for i := len(groups) - 2; i >= 0; i-- {
		g := groups[i]
		var buf [9]byte
		for j := 8; j >= 0; j-- {
			buf[j] = byte('0' + g%10)
			g /= 10
		}
		dst = append(dst, buf[:]...)
	}
	return dst
}

// appendUint64 appends the decimal digits of x (nothing for zero).
func appendUint64(dst []byte, x uint64) []byte {
	if x == 0 {
		return dst
	}
	var buf [20]byte
	i := len(buf)
	for x != 0 {
		q := x / 10
		i--
		buf[i] = byte('0' + x - q*10)
		x = q
	}
	return append(dst, buf[i:]...)
}

// cmp returns -1, 0 or +1 as z <, ==, > y.
func (z nat) cmp(y nat) int {
	if len(z) != len(y) {
		if len(z) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(z) - 1; i >= 0; i-- {
		if z[i] != y[i] {
			if z[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// sub returns z - y for z >= y, in place.
func (z nat) sub(y nat) nat {
	var borrow uint64
	for i := 0; i < len(z); i++ {
		t := uint64(z[i]) - borrow
		if i < len(y) {
			t -= uint64(y[i])
		}
		z[i] = uint32(t)
		borrow = (t >> 32) & 1
	}
	return z.norm()
}

// top64 returns the 64 most significant bits of z (z != 0) as a number
// with its top bit set, the power of two that scales it back
// (z ~ m * 2^e) and whether any lower bit was dropped.
func (z nat) top64() (m uint64, e int, inexact bool) {
	n := z.bitLen()
	if n <= 64 {
		var x uint64
		for i := len(z) - 1; i >= 0; i-- {
			x = x<<32 | uint64(z[i])
		}
		return x << uint(64-n), n - 64, false
	}
	s := n - 64
	t := z.shr(s)
	m = uint64(t[0]) | uint64(t[1])<<32
	return m, s, z.anyBelow(s)
}
