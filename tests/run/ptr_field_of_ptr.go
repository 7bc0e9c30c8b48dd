package main

import "fmt"

type Config struct {
	Width, Height int
	Title         string
	Limits        [2]int
}

type App struct {
	Cfg  *Config
	Runs int
}

func widthPtr(c *Config) *int { return &c.Width }

func limitPtr(a *App, i int) *int { return &a.Cfg.Limits[i] }

func main() {
	c := &Config{Width: 640, Height: 480, Title: "win"}
	w := widthPtr(c)
	*w *= 2
	fmt.Println(*c)

	app := App{Cfg: c}
	*limitPtr(&app, 0) = 1
	*limitPtr(&app, 1) = 99
	fmt.Println(c.Limits, app.Cfg.Limits)

	runs := &app.Runs
	for i := 0; i < 5; i++ {
		*runs += i
	}
	fmt.Println(app.Runs)

	// the struct only reachable through the interior pointer
	h := &app.Cfg.Height
	app.Cfg = nil
	c = nil
	*h += 20
	fmt.Println(*h, *w, app.Cfg == nil)

	title := &(&Config{Title: "tmp"}).Title
	*title += "2"
	fmt.Println(*title)

	cfgs := []*Config{{Width: 1}, {Width: 2}, {Width: 3}}
	ws := []*int{}
	for _, cf := range cfgs {
		ws = append(ws, &cf.Width)
	}
	for _, p := range ws {
		*p *= 10
	}
	fmt.Println(*cfgs[0], *cfgs[1], *cfgs[2])
}
