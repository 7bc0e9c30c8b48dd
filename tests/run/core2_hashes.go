package main

import "fmt"

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv64(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func djb2(s string) uint32 {
	var h uint32 = 5381
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + uint32(s[i])
	}
	return h
}

func adler32(s string) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for i := 0; i < len(s); i++ {
		a = (a + uint32(s[i])) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

func murmurMix(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	k ^= k >> 33
	return k
}

func main() {
	words := []string{"", "a", "hello", "Wikipedia", "The quick brown fox"}
	for _, w := range words {
		fmt.Println(fnv32(w), fnv64([]byte(w)), djb2(w), adler32(w))
	}
	for i := uint64(0); i < 4; i++ {
		fmt.Println(murmurMix(i), int64(murmurMix(i)), int32(murmurMix(i)), int16(murmurMix(i)))
	}
}
