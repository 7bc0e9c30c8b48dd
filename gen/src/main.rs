//! `gowgc-gen`: generate programs, run them on linear, gc and real Go,
//! reduce and save the ones that disagree.
//!
//! ```text
//! cargo run --release -p gowgc-gen -- --count 1000 --go $(which go)
//! cargo run --release -p gowgc-gen -- --print 17      # one program
//! ```

use clap::Parser;
use gowgc_gen::diff::Runners;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Parser)]
#[command(about = "Differential testing of gowgc with random Go programs")]
struct Args {
    /// Number of programs.
    #[arg(long, default_value_t = 100)]
    count: u64,
    /// First seed.
    #[arg(long, default_value_t = 1)]
    start: u64,
    /// Go toolchain to compare with (default: `go` on PATH, if any).
    #[arg(long)]
    go: Option<PathBuf>,
    /// Compare linear and gc only.
    #[arg(long)]
    no_go: bool,
    /// Print the program for this seed and exit.
    #[arg(long)]
    print: Option<u64>,
    /// Also run the linear backend in GC stress mode (heap verifier on).
    #[arg(long)]
    stress: bool,
    /// Compare the runs of these Go files instead of generated programs.
    #[arg(long, num_args = 1..)]
    check: Vec<PathBuf>,
    /// Reduce failures and save them as `gen_<seed>.go` here (the test
    /// corpus: regenerate their expected output with tests/regen.sh).
    #[arg(long)]
    save: Option<PathBuf>,
}

fn main() {
    let args = Args::parse();
    if let Some(seed) = args.print {
        print!("{}", gowgc_gen::generate(seed));
        return;
    }
    let go = if args.no_go {
        None
    } else {
        args.go.clone().or_else(|| {
            std::process::Command::new("go")
                .arg("version")
                .output()
                .ok()
                .filter(|o| o.status.success())
                .map(|_| PathBuf::from("go"))
        })
    };
    let tmp = std::env::temp_dir().join(format!("gowgc-gen-{}", std::process::id()));
    let mut runners = Runners::new(go.clone(), tmp.clone()).unwrap_or_else(|e| {
        eprintln!("gowgc-gen: {e}");
        std::process::exit(1)
    });
    runners.stress = args.stress;
    let with_go = go.is_some();
    if !args.check.is_empty() {
        let mut bad = 0;
        for p in &args.check {
            let src = std::fs::read_to_string(p).unwrap_or_else(|e| {
                eprintln!("gowgc-gen: {}: {e}", p.display());
                std::process::exit(1)
            });
            match runners.check(&src, with_go) {
                Ok(()) => println!("{}: agree", p.display()),
                Err(f) => {
                    bad += 1;
                    println!("{}: {}\n{}", p.display(), f.class, f.detail);
                }
            }
        }
        std::process::exit(i32::from(bad > 0));
    }
    eprintln!(
        "gowgc-gen: seeds {}..{}, comparing linear, gc{}",
        args.start,
        args.start + args.count,
        if with_go { " and Go" } else { "" }
    );
    let mut failures: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    let mut agreed = 0u64;
    let mut skipped = 0u64;
    for seed in args.start..args.start + args.count {
        let src = gowgc_gen::generate(seed);
        match runners.check(&src, with_go) {
            Ok(()) => agreed += 1,
            Err(f) if f.class == gowgc_gen::diff::GO_TIMEOUT_CLASS => {
                eprintln!("seed {seed}: skipped: {}", f.detail);
                skipped += 1;
            }
            Err(f) => {
                eprintln!("seed {seed}: {}\n{}", f.class, f.detail);
                if let Some(dir) = &args.save {
                    let small = gowgc_gen::reduce::reduce(&src, |cand| {
                        runners
                            .check(cand, with_go)
                            .err()
                            .is_some_and(|g| g.class == f.class)
                    });
                    let path = dir.join(format!("gen_{seed}.go"));
                    std::fs::write(&path, &small).expect("write reduced program");
                    eprintln!(
                        "seed {seed}: reduced to {} lines: {}",
                        small.lines().count(),
                        path.display()
                    );
                }
                failures.entry(f.class).or_default().push(seed);
            }
        }
        if (seed - args.start + 1) % 100 == 0 {
            eprintln!("gowgc-gen: {} run, {agreed} agree", seed - args.start + 1);
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    println!(
        "{} programs, {agreed} agree, {skipped} skipped (Go timed out)",
        args.count
    );
    for (class, seeds) in &failures {
        println!(
            "{class}: {} (seeds {:?})",
            seeds.len(),
            &seeds[..seeds.len().min(10)]
        );
    }
    if !failures.is_empty() {
        std::process::exit(1);
    }
}
