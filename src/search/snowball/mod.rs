//! Snowball's Rust runtime and generated stemmers (BSD-3-Clause, see
//! COPYING), vendored as Snowball 3.1.1 wrote them. The browser runs the
//! JavaScript Snowball generated from the same algorithms (`../js/`), so a
//! word typed in a query has the stem the index gave it.
#![allow(
    missing_docs,
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    unreachable_pub
)]

#[rustfmt::skip]
pub(crate) mod algorithms;
#[rustfmt::skip]
mod among;
#[rustfmt::skip]
mod snowball_env;

pub(crate) use among::Among;
pub(crate) use snowball_env::SnowballEnv;
