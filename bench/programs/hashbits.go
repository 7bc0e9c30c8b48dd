// hashbits: hash functions built from math/bits operations: FNV-1a, a
// murmur3-style 32-bit hash, xxhash-like 64-bit mixing, CRC-32 with a table,
// and SipHash-2-4 over generated data, with bit counting and rotations.
package main

import (
	"fmt"
	"math/bits"
	"os"
	"strconv"
)

func fnv1a(data []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, b := range data {
		h ^= uint64(b)
		h *= 1099511628211
	}
	return h
}

func murmur3(data []byte, seed uint32) uint32 {
	const c1, c2 = 0xcc9e2d51, 0x1b873593
	h := seed
	n := len(data) / 4
	for i := 0; i < n; i++ {
		k := uint32(data[4*i]) | uint32(data[4*i+1])<<8 | uint32(data[4*i+2])<<16 | uint32(data[4*i+3])<<24
		k *= c1
		k = bits.RotateLeft32(k, 15)
		k *= c2
		h ^= k
		h = bits.RotateLeft32(h, 13)
		h = h*5 + 0xe6546b64
	}
	var k uint32
	tail := data[4*n:]
	switch len(tail) {
	case 3:
		k ^= uint32(tail[2]) << 16
		fallthrough
	case 2:
		k ^= uint32(tail[1]) << 8
		fallthrough
	case 1:
		k ^= uint32(tail[0])
		k *= c1
		k = bits.RotateLeft32(k, 15)
		k *= c2
		h ^= k
	}
	h ^= uint32(len(data))
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

const (
	prime1 uint64 = 11400714785074694791
	prime2 uint64 = 14029467366897019727
)

func mix64(data []byte) uint64 {
	acc := prime1
	for len(data) >= 8 {
		v := uint64(data[0]) | uint64(data[1])<<8 | uint64(data[2])<<16 | uint64(data[3])<<24 |
			uint64(data[4])<<32 | uint64(data[5])<<40 | uint64(data[6])<<48 | uint64(data[7])<<56
		acc += v * prime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= prime1
		data = data[8:]
	}
	for _, b := range data {
		acc ^= uint64(b) * prime1
		acc = bits.RotateLeft64(acc, 11) * prime2
	}
	hi, lo := bits.Mul64(acc, prime2)
	return hi ^ lo
}

var crcTable [256]uint32

func init() {
	for i := range crcTable {
		c := uint32(i)
		for j := 0; j < 8; j++ {
			if c&1 == 1 {
				c = c>>1 ^ 0xEDB88320
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc32(data []byte) uint32 {
	c := ^uint32(0)
	for _, b := range data {
		c = crcTable[byte(c)^b] ^ c>>8
	}
	return ^c
}

func sipRound(v0, v1, v2, v3 uint64) (uint64, uint64, uint64, uint64) {
	v0 += v1
	v1 = bits.RotateLeft64(v1, 13)
	v1 ^= v0
	v0 = bits.RotateLeft64(v0, 32)
	v2 += v3
	v3 = bits.RotateLeft64(v3, 16)
	v3 ^= v2
	v0 += v3
	v3 = bits.RotateLeft64(v3, 21)
	v3 ^= v0
	v2 += v1
	v1 = bits.RotateLeft64(v1, 17)
	v1 ^= v2
	v2 = bits.RotateLeft64(v2, 32)
	return v0, v1, v2, v3
}

func siphash(k0, k1 uint64, data []byte) uint64 {
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	n := len(data)
	for len(data) >= 8 {
		m := uint64(data[0]) | uint64(data[1])<<8 | uint64(data[2])<<16 | uint64(data[3])<<24 |
			uint64(data[4])<<32 | uint64(data[5])<<40 | uint64(data[6])<<48 | uint64(data[7])<<56
		v3 ^= m
		v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
		v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
		v0 ^= m
		data = data[8:]
	}
	b := uint64(n) << 56
	for i, c := range data {
		b |= uint64(c) << (8 * uint(i))
	}
	v3 ^= b
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0 ^= b
	v2 ^= 0xff
	for i := 0; i < 4; i++ {
		v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	}
	return v0 ^ v1 ^ v2 ^ v3
}

func main() {
	n := 9000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	data := make([]byte, 4096+7)
	x := uint64(0x243F6A8885A308D3)
	for i := range data {
		x ^= x >> 12
		x ^= x << 25
		x ^= x >> 27
		data[i] = byte((x * 2685821657736338717) >> 56)
	}
	var f, m64, sip uint64
	var mur, crc uint32
	ones, lz, tz := 0, 0, 0
	for i := 0; i < n; i++ {
		chunk := data[i%64 : len(data)-i%61]
		f ^= fnv1a(chunk)
		mur = mur*31 + murmur3(chunk, uint32(i))
		m64 += mix64(chunk)
		crc ^= crc32(chunk)
		sip = bits.RotateLeft64(sip, 1) ^ siphash(uint64(i), 0x0f0e0d0c0b0a0908, chunk)
		ones += bits.OnesCount64(f) + bits.OnesCount32(mur)
		lz += bits.LeadingZeros64(m64 | 1)
		tz += bits.TrailingZeros64(sip | 1<<63)
	}
	fmt.Printf("fnv1a   %016x\n", f)
	fmt.Printf("murmur3 %08x\n", mur)
	fmt.Printf("mix64   %016x\n", m64)
	fmt.Printf("crc32   %08x\n", crc)
	fmt.Printf("siphash %016x\n", sip)
	fmt.Println("bits", ones, lz, tz, bits.Reverse64(f)%1000, bits.Len32(crc))
	// Known test vector: SipHash-2-4 of 15 bytes 0..14 with key 0..15.
	msg := make([]byte, 15)
	for i := range msg {
		msg[i] = byte(i)
	}
	fmt.Printf("sip vector %016x crc(\"123456789\") %08x\n",
		siphash(0x0706050403020100, 0x0f0e0d0c0b0a0908, msg), crc32([]byte("123456789")))
}
