//! The quick generator run of the test suite: a few hundred generated
//! programs must behave the same on the linear and gc backends. (Runs
//! against real Go need a toolchain: `gowgc-gen --go ...`, see the README.)

use gowgc_gen::diff::Runners;

/// Seeds `first..first + n`, where `n` is `GOWGC_GEN_COUNT` (default 100)
/// per half: two tests, so the two halves run in parallel.
fn agree(first: u64) {
    let n: u64 = std::env::var("GOWGC_GEN_COUNT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100);
    let first = first * n + 1;
    let runners = Runners::new(
        None,
        std::env::temp_dir().join(format!("gowgc-gen-quick-{first}")),
    )
    .unwrap();
    let mut failures = Vec::new();
    for seed in first..first + n {
        let src = gowgc_gen::generate(seed);
        if let Err(f) = runners.check(&src, false) {
            failures.push(format!("seed {seed}: {}\n{}", f.class, f.detail));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {n} generated programs disagree (print one with `gowgc-gen --print SEED`):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn generated_programs_agree_on_linear_and_gc_first_half() {
    agree(0);
}

#[test]
fn generated_programs_agree_on_linear_and_gc_second_half() {
    agree(1);
}
