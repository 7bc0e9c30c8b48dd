// fasta: the Benchmarks Game DNA sequence generator. The generated FASTA
// text goes into a checksumming sink; the program prints its size, an FNV-1a
// hash, and the last line of each section.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const lineLength = 60

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

type Acid struct {
	c byte
	p float64
}

var iub = []Acid{
	{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
	{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
	{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
	{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
}

var homosapiens = []Acid{
	{'a', 0.3029549426680},
	{'c', 0.1979883004921},
	{'g', 0.1975473066391},
	{'t', 0.3015094502008},
}

// Sink stands in for stdout: it hashes everything written to it.
type Sink struct {
	n        int
	lines    int
	hash     uint64
	lastLine []byte
	cur      []byte
}

func (s *Sink) Write(p []byte) (int, error) {
	for _, b := range p {
		s.hash ^= uint64(b)
		s.hash *= 1099511628211
		if b == '\n' {
			s.lines++
			s.lastLine = append(s.lastLine[:0], s.cur...)
			s.cur = s.cur[:0]
		} else {
			s.cur = append(s.cur, b)
		}
	}
	s.n += len(p)
	return len(p), nil
}

func (s *Sink) WriteString(str string) {
	s.Write([]byte(str))
}

func repeatFasta(out *Sink, s string, n int) {
	b := []byte(s)
	buf := make([]byte, lineLength+1)
	pos := 0
	for n > 0 {
		m := n
		if m > lineLength {
			m = lineLength
		}
		for i := 0; i < m; i++ {
			buf[i] = b[pos]
			pos++
			if pos == len(b) {
				pos = 0
			}
		}
		buf[m] = '\n'
		out.Write(buf[:m+1])
		n -= m
	}
}

const (
	im = 139968
	ia = 3877
	ic = 29573
)

var last uint32 = 42

func random(max float64) float64 {
	last = (last*ia + ic) % im
	return max * float64(last) / im
}

func randomFasta(out *Sink, acids []Acid, n int) {
	// Cumulative probabilities.
	cum := make([]Acid, len(acids))
	p := 0.0
	for i, a := range acids {
		p += a.p
		cum[i] = Acid{a.c, p}
	}
	buf := make([]byte, lineLength+1)
	for n > 0 {
		m := n
		if m > lineLength {
			m = lineLength
		}
		for i := 0; i < m; i++ {
			r := random(1)
			c := cum[len(cum)-1].c
			for _, a := range cum {
				if r < a.p {
					c = a.c
					break
				}
			}
			buf[i] = c
		}
		buf[m] = '\n'
		out.Write(buf[:m+1])
		n -= m
	}
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	out := &Sink{hash: 14695981039346656037}
	out.WriteString(">ONE Homo sapiens alu\n")
	repeatFasta(out, alu, 2*n)
	fmt.Printf("ONE   last: %s\n", out.lastLine)
	out.WriteString(">TWO IUB ambiguity codes\n")
	randomFasta(out, iub, 3*n)
	fmt.Printf("TWO   last: %s\n", out.lastLine)
	out.WriteString(">THREE Homo sapiens frequency\n")
	randomFasta(out, homosapiens, 5*n)
	fmt.Printf("THREE last: %s\n", out.lastLine)
	fmt.Printf("bytes=%d lines=%d fnv64=%016x\n", out.n, out.lines, out.hash)
}
