package main

func main() {
	s := "héllo"
	b := []byte(s)
	b[0] = 'H'
	println(string(b)+"!", len(s), s[1:3] == "é")
}
