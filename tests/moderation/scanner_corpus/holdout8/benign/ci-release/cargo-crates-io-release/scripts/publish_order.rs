use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

fn main() {
    let out = Command::new("cargo").args(["metadata", "--format-version", "1", "--no-deps"]).output().expect("cargo metadata");
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: BTreeSet<String> = meta["packages"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_string()).collect();
    let mut deps: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for p in meta["packages"].as_array().unwrap() {
        let n = p["name"].as_str().unwrap().to_string();
        let d = p["dependencies"].as_array().unwrap().iter().filter_map(|d| d["name"].as_str()).filter(|d| names.contains(*d)).map(String::from).collect();
        deps.insert(n, d);
    }
    let mut done = BTreeSet::new();
    while done.len() < deps.len() {
        for (n, d) in &deps {
            if !done.contains(n) && d.iter().all(|x| done.contains(x)) {
                println!("{n}");
                done.insert(n.clone());
            }
        }
    }
}
