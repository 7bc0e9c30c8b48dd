//! Pass tests on hand-written modules: the count of locals after
//! coalescing, validity, and — through the whole test corpus, which runs
//! every module through [`crate::optimize`] — behaviour.

use crate::{optimize_with, Passes};

/// Coalescing alone, so the counts below are its own.
fn run(wat: &str) -> (String, crate::Stats) {
    run_with(
        wat,
        Passes {
            stack: false,
            ..Passes::default()
        },
    )
}

fn run_with(wat: &str, passes: Passes) -> (String, crate::Stats) {
    let wasm = wat::parse_str(wat).unwrap();
    let (out, stats) = optimize_with(&wasm, passes).unwrap();
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::default())
        .validate_all(&out)
        .unwrap_or_else(|e| panic!("invalid output: {e}"));
    (wasmprint(&out), stats)
}

/// The function bodies as text, one instruction per line (enough to check
/// which local each instruction names).
fn wasmprint(wasm: &[u8]) -> String {
    let mut s = String::new();
    for p in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::CodeSectionEntry(body) = p.unwrap() {
            for l in body.get_locals_reader().unwrap() {
                let (n, t) = l.unwrap();
                s.push_str(&format!("(local {n} {t})\n"));
            }
            let mut r = body.get_operators_reader().unwrap();
            while !r.eof() {
                s.push_str(&format!("{:?}\n", r.read().unwrap()));
            }
        }
    }
    s
}

#[test]
fn sequential_temporaries_share_a_slot() {
    let (_, st) = run(r#"(module (func (param i32) (result i32)
        (local $a i32) (local $b i32) (local $c i32)
        (local.set $a (i32.add (local.get 0) (i32.const 1)))
        (local.set $b (i32.mul (local.get $a) (i32.const 2)))
        (local.set $c (i32.mul (local.get $b) (i32.const 3)))
        (local.get $c)))"#);
    assert_eq!((st.locals_before, st.locals_after), (3, 1));
}

#[test]
fn simultaneously_live_locals_stay_apart() {
    let (text, st) = run(r#"(module (func (param i32) (result i32)
        (local $a i32) (local $b i32)
        (local.set $a (i32.add (local.get 0) (i32.const 1)))
        (local.set $b (i32.add (local.get 0) (i32.const 2)))
        (i32.add (local.get $a) (local.get $b))))"#);
    assert_eq!(st.locals_after, 2, "{text}");
}

#[test]
fn types_never_mix() {
    let (_, st) = run(r#"(module (func (result f64)
        (local $a i32) (local $b f64)
        (local.set $a (i32.const 1))
        (local.set $b (f64.convert_i32_s (local.get $a)))
        (local.get $b)))"#);
    assert_eq!(st.locals_after, 2);
}

#[test]
fn loop_carried_value_interferes_with_body_temporaries() {
    // $acc is live around the back edge; $t is defined inside the loop
    // while $acc is live, so they cannot share.
    let (text, st) = run(r#"(module (func (param $n i32) (result i32)
        (local $acc i32) (local $t i32) (local $i i32)
        (loop $l
          (local.set $t (i32.mul (local.get $i) (i32.const 3)))
          (local.set $acc (i32.add (local.get $acc) (local.get $t)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $l (i32.lt_s (local.get $i) (local.get $n))))
        (local.get $acc)))"#);
    assert_eq!(st.locals_after, 3, "{text}");
}

#[test]
fn zero_initialised_local_is_not_clobbered() {
    // $z is read without ever being written: it must keep its zero while
    // $a (same type) is live in between.
    let (text, st) = run(r#"(module (func (param i32) (result i32)
        (local $a i32) (local $z i32)
        (local.set $a (i32.add (local.get 0) (i32.const 7)))
        (i32.add (local.get $a) (local.get $z))))"#);
    assert_eq!(st.locals_after, 2, "{text}");
}

#[test]
fn value_reaching_a_catch_stays_live_across_the_call() {
    let (text, st) = run(r#"(module
        (tag $e)
        (func $f)
        (func (result i32)
          (local $keep i32) (local $t i32)
          (local.set $keep (i32.const 5))
          (block $h
            (try_table (catch $e $h)
              (call $f)
              (local.set $t (i32.const 9))
              (drop (local.get $t))))
          (local.get $keep)))"#);
    assert_eq!(st.locals_after, 2, "{text}");
}

#[test]
fn branches_and_br_table_keep_values_alive() {
    let (text, st) = run(r#"(module (func (param i32) (result i32)
        (local $a i32) (local $b i32) (local $c i32)
        (local.set $a (i32.const 1))
        (block $x
          (block $y
            (br_table $x $y (local.get 0)))
          (local.set $b (i32.const 2))
          (local.set $a (i32.add (local.get $a) (local.get $b))))
        (local.set $c (i32.const 3))
        (i32.add (local.get $a) (local.get $c))))"#);
    assert_eq!(st.locals_after, 2, "{text}");
}

#[test]
fn unread_stores_become_drops() {
    let (text, st) = run(r#"(module (func (result i32)
        (local $dead i32) (local $x i32)
        (local.set $dead (i32.const 1))
        (local.tee $dead (i32.const 2))))"#);
    assert_eq!(st.locals_after, 0, "{text}");
    assert!(text.contains("Drop"), "{text}");
}

#[test]
fn if_without_else_keeps_the_fallthrough_value() {
    let (text, st) = run(r#"(module (func (param i32) (result i32)
        (local $a i32) (local $b i32)
        (local.set $a (i32.const 1))
        (if (local.get 0) (then (local.set $b (i32.const 2)) (local.set $a (local.get $b))))
        (local.get $a)))"#);
    // $b is a copy source for $a: the two may share.
    assert_eq!(st.locals_after, 1, "{text}");
}

#[test]
fn values_read_once_right_away_stay_on_the_stack() {
    let (text, st) = run_with(
        r#"(module (func (param i32) (result i32)
        (local $a i32) (local $b i32)
        (local.set $a (i32.add (local.get 0) (i32.const 1)))
        (local.set $b (i32.mul (local.get $a) (local.get 0)))
        (i32.add (local.get $b) (local.get $b))))"#,
        Passes::default(),
    );
    // $a goes; $b is read twice and stays.
    assert_eq!(st.locals_after, 1, "{text}");
    assert_eq!(text.matches("LocalSet").count(), 1, "{text}");
}
