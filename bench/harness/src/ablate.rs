//! `gowgc-bench --ablate`: what each optimization pass gains. Every
//! program is compiled for linear and gc with all passes on and then with
//! each pass off in turn ([`gowgc::Passes::NAMES`]); the table gives the
//! code size (gzip, without custom sections) and the wasmtime run time of
//! each ablated module as a ratio to the full pipeline's, measured in the
//! same run. A ratio above 1 is what the pass saves.

use crate::measure::{self, Reps};
use crate::programs::Program;
use crate::{geomean, Variant};
use std::fmt::Write;

/// One module: a program, a variant and the pass turned off (`None`:
/// every pass on).
pub struct Cell {
    pub gzip: u64,
    pub run_ms: Option<f64>,
}

/// Measures every program; `cells[program][variant][0]` is the full
/// pipeline, `[1 + i]` the pipeline without pass `i`.
pub fn run(
    programs: &[Program],
    engine: &wasmtime::Engine,
    reps: Reps,
) -> Result<Vec<[Vec<Cell>; 2]>, String> {
    let mut out = Vec::new();
    for p in programs {
        eprintln!("ablate {}", p.name);
        let files = vec![(format!("{}.go", p.name), p.source.clone())];
        let mut per_variant: [Vec<Cell>; 2] = [Vec::new(), Vec::new()];
        for (vi, target) in [gowgc::Target::Linear, gowgc::Target::Gc]
            .iter()
            .enumerate()
        {
            let configs = std::iter::once(gowgc::Passes::default()).chain(
                gowgc::Passes::NAMES
                    .iter()
                    .map(|n| gowgc::Passes::default().without(n).expect("known pass")),
            );
            for passes in configs {
                let bytes = gowgc::compile_with(&files, target, passes)?;
                let r = measure::wasmtime_run(engine, &bytes, p, reps);
                if let Some(e) = &r.error {
                    return Err(format!("{} ({passes:?}): {e}", p.name));
                }
                per_variant[vi].push(Cell {
                    gzip: measure::sizes(&bytes).gzip,
                    run_ms: r.ok.then_some(r.run_ms),
                });
            }
        }
        out.push(per_variant);
    }
    Ok(out)
}

/// The markdown tables.
pub fn markdown(programs: &[Program], cells: &[[Vec<Cell>; 2]]) -> String {
    let mut s = String::from(
        "# Pass ablation\n\nEach cell: the module without that pass, divided by the module with \
         every pass, as `size / run time` (gzip bytes without custom sections; wasmtime run \
         time, median). Above 1 is what the pass gains. Regenerate with \
         `cargo run --release -p gowgc-bench -- --ablate`.\n",
    );
    for (vi, v) in [Variant::Linear, Variant::Gc].into_iter().enumerate() {
        let _ = write!(s, "\n## {}\n\n| program |", v.name());
        for n in gowgc::Passes::NAMES {
            let _ = write!(s, " -{n} |");
        }
        s.push_str("\n|---|");
        for _ in gowgc::Passes::NAMES {
            s.push_str("---:|");
        }
        s.push('\n');
        let mut size_ratios = vec![Vec::new(); gowgc::Passes::NAMES.len()];
        let mut time_ratios = vec![Vec::new(); gowgc::Passes::NAMES.len()];
        for (p, c) in programs.iter().zip(cells) {
            let row = &c[vi];
            let _ = write!(s, "| {} |", p.name);
            for i in 0..gowgc::Passes::NAMES.len() {
                let (base, off) = (&row[0], &row[1 + i]);
                let size = off.gzip as f64 / base.gzip as f64;
                size_ratios[i].push(size);
                let time = match (off.run_ms, base.run_ms) {
                    (Some(a), Some(b)) if b > 0.0 => {
                        time_ratios[i].push(a / b);
                        format!("{:.2}", a / b)
                    }
                    _ => "–".into(),
                };
                let _ = write!(s, " {size:.2} / {time} |");
            }
            s.push('\n');
        }
        s.push_str("| **geomean** |");
        for i in 0..gowgc::Passes::NAMES.len() {
            let g = |xs: &[f64]| geomean(xs).map_or("–".into(), |g| format!("{g:.2}"));
            let _ = write!(s, " **{} / {}** |", g(&size_ratios[i]), g(&time_ratios[i]));
        }
        s.push('\n');
    }
    s
}
