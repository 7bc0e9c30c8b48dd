package main

import "fmt"

const raw = `line1
	"quoted" \n not escaped
last`

func main() {
	fmt.Println("a\tb\\c\"d\x41\101\u00e9\U0001F600")
	fmt.Println(raw)
	fmt.Println(len(raw), len("\u00e9"), len("\U0001F600"), len("\xff"))
	fmt.Println('\n', '\'', '\x7f', '\u4e16', '\000')
	s := "\a\b\f\v\r"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	var r rune = 'é'
	fmt.Println(r, string(r), string(r)+"!")
	b := byte('A')
	fmt.Println(b, string(rune(b)), string(rune(b+25)))
	multi := "x" +
		"y" +
		"z"
	fmt.Println(multi)
	fmt.Println(`\t` == "\\t", "\"" == `"`)
	fmt.Println(string(rune(0xD800)) == "\uFFFD", len(string(rune(0xD800))))
}
