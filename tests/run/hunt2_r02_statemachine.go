package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Done
)

func (s State) String() string {
	return [...]string{"Idle", "Running", "Paused", "Done"}[s]
}

type Event string

type Transition struct {
	From State
	On   Event
	To   State
	Act  func(*Machine)
}

type Machine struct {
	state State
	ticks int
	log   []string
	table []Transition
}

func (m *Machine) Fire(e Event) error {
	for _, t := range m.table {
		if t.From == m.state && t.On == e {
			m.log = append(m.log, m.state.String()+"->"+t.To.String())
			m.state = t.To
			if t.Act != nil {
				t.Act(m)
			}
			return nil
		}
	}
	return BadEvent{m.state, e}
}

type BadEvent struct {
	S State
	E Event
}

func (b BadEvent) Error() string { return "bad event " + string(b.E) + " in " + b.S.String() }

func main() {
	m := &Machine{}
	m.table = []Transition{
		{Idle, "start", Running, func(m *Machine) { m.ticks = 0 }},
		{Running, "tick", Running, func(m *Machine) { m.ticks++ }},
		{Running, "pause", Paused, nil},
		{Paused, "resume", Running, nil},
		{Running, "stop", Done, func(m *Machine) { fmt.Println("stopped after", m.ticks) }},
	}
	events := []Event{"start", "tick", "tick", "pause", "tick", "resume", "tick", "stop", "start"}
	for _, e := range events {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(m.state, m.ticks)
	fmt.Println(m.log)
	fmt.Println(BadEvent{Paused, "x"})
}
