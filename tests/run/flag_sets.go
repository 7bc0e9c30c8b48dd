package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string     { return fmt.Sprint(*l) }
func (l *listValue) Set(s string) error { *l = append(*l, strings.Split(s, ",")...); return nil }

type level int

func (l *level) String() string { return fmt.Sprintf("L%d", int(*l)) }
func (l *level) Set(s string) error {
	if s == "bad" {
		return errors.New("no such level")
	}
	*l = level(len(s))
	return nil
}

func run(name string, args []string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 5, "number of `items` to make")
	v := fs.Bool("v", false, "verbose")
	quiet := fs.Bool("quiet", true, "say less")
	s := fs.String("name", "world", "who to greet")
	empty := fs.String("e", "", "empty default")
	f := fs.Float64("ratio", 0.5, "a ratio\nover two lines")
	d := fs.Duration("wait", 1500*time.Millisecond, "how long")
	u := fs.Uint64("big", 0, "a big one")
	i64 := fs.Int64("i64", -3, "an int64")
	var lv listValue
	fs.Var(&lv, "list", "comma-separated items")
	var lev level
	fs.Var(&lev, "level", "a level")
	var calls []string
	fs.Func("call", "called with the value", func(s string) error {
		calls = append(calls, s)
		if s == "" {
			return errors.New("empty call")
		}
		return nil
	})
	err := fs.Parse(args)
	fmt.Printf("err=%v n=%d v=%v quiet=%v s=%q e=%q f=%v d=%v u=%d i64=%d list=%v level=%v calls=%q\n",
		err, *n, *v, *quiet, *s, *empty, *f, *d, *u, *i64, lv, lev, calls)
	fmt.Println("args:", fs.Args(), fs.NArg(), fs.Arg(0), fs.Arg(9), "nflag:", fs.NFlag(), fs.Parsed())
	fs.Visit(func(fl *flag.Flag) { fmt.Print(fl.Name, "=", fl.Value, " ") })
	fmt.Println()
	if fl := fs.Lookup("n"); fl != nil {
		fmt.Println(fl.Name, fl.DefValue, fl.Usage, fl.Value.(flag.Getter).Get())
	}
	fmt.Println(fs.Set("nope", "1"), fs.Set("n", "x"), fs.Set("n", "0x10"), *n)
}

func main() {
	run("first", []string{"-n=7", "-v", "--name", "gopher", "-list", "a,b", "-list=c", "-wait", "2m3s", "-call=x", "rest", "-n", "9"})
	run("second", []string{"-quiet=false", "-big", "18446744073709551615", "-i64=-0x10", "--", "-v"})
	run("bad-int", []string{"-n", "abc"})
	run("range", []string{"-big", "18446744073709551616"})
	run("undefined", []string{"-x"})
	run("help", []string{"-help"})
	run("needs", []string{"-name"})
	run("syntax", []string{"---n"})
	run("badbool", []string{"-v=maybe"})
	run("level", []string{"-level", "bad"})
	run("dur", []string{"-wait", "soon"})
	run("call", []string{"-call="})
	var zero flag.FlagSet
	zero.SetOutput(os.Stdout)
	zero.Int("k", 0, "")
	fmt.Println(zero.Parse([]string{"-q"}), zero.Name() == "", zero.ErrorHandling() == flag.ContinueOnError)
	flag.Parse()
	fmt.Println(flag.NArg(), flag.NFlag(), flag.Args(), flag.Parsed())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p := flag.NewFlagSet("p", flag.PanicOnError)
		p.SetOutput(os.Stdout)
		p.Int("a", 1, "")
		p.Int("a", 2, "")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p := flag.NewFlagSet("p", flag.PanicOnError)
		p.SetOutput(os.Stdout)
		p.Parse([]string{"-zz"})
	}()
	ex := flag.NewFlagSet("exit", flag.ExitOnError)
	ex.SetOutput(os.Stdout)
	ex.Bool("ok", false, "")
	ex.Parse([]string{"-ok", "-nope"})
	fmt.Println("not reached")
}
