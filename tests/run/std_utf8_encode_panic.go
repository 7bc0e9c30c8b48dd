package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	buf := make([]byte, 2)
	fmt.Println(utf8.EncodeRune(buf, 'é'), buf)
	fmt.Println(utf8.EncodeRune(buf, '€'))
}
