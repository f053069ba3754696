//! What rapport says to the person running it, in Swedish or English.
//!
//! Every message the command line prints (errors, help, warnings, summaries,
//! `--help`) and every word of the preview's own pages is a Fluent message in
//! `src/messages/en.ftl` and `src/messages/sv.ftl`, built into the binary.
//! The language is chosen once per process from `RAPPORT_LANG`, then
//! `LC_ALL`, `LC_MESSAGES` and `LANG` (the POSIX order); anything that is not
//! Swedish gives English. Code asks for a message with [`msg!`](crate::msg):
//!
//! ```
//! let text = rapport::msg!("build-warnings", count = 2);
//! assert!(!text.is_empty());
//! ```
//!
//! The site's own UI strings (`locales/`, for readers) are a different thing:
//! see [`crate::input::i18n`].

use std::fmt::Display;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};

#[doc(hidden)]
pub use fluent_bundle::FluentArgs;

/// The English messages, as written in `en.ftl`.
pub const ENGLISH: &str = include_str!("en.ftl");
/// The Swedish messages, as written in `sv.ftl`.
pub const SWEDISH: &str = include_str!("sv.ftl");

/// A language rapport speaks to its user in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Swedish.
    Swedish,
    /// English, also for every language rapport does not know.
    English,
}

impl Lang {
    /// The language named by the environment: `RAPPORT_LANG`, else the first
    /// set of `LC_ALL`, `LC_MESSAGES` and `LANG`.
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    /// Like [`Lang::from_env`], reading variables through `var`.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["RAPPORT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .map_or(Lang::English, |value| Lang::from_locale(&value))
    }

    /// The language of a locale name such as `sv`, `sv_SE.UTF-8` or `sv-FI`.
    pub fn from_locale(locale: &str) -> Lang {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default();
        if language.eq_ignore_ascii_case("sv") {
            Lang::Swedish
        } else {
            Lang::English
        }
    }

    /// The language's code, as in HTML's `lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Swedish => "sv",
            Lang::English => "en",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::Swedish => SWEDISH,
            Lang::English => ENGLISH,
        }
    }
}

pub mod cli;

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> Bundle {
    let langid = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Terminals show Unicode isolation marks as noise.
    bundle.set_use_isolating(false);
    // A broken file is caught by the tests; what parses is still used.
    let resource = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

static SWEDISH_BUNDLE: LazyLock<Bundle> = LazyLock::new(|| bundle(Lang::Swedish));
static ENGLISH_BUNDLE: LazyLock<Bundle> = LazyLock::new(|| bundle(Lang::English));
// The library's own unit tests assert English text whatever the machine's locale.
static CURRENT: LazyLock<Lang> = LazyLock::new(|| {
    if cfg!(test) {
        Lang::English
    } else {
        Lang::from_env()
    }
});

/// The language this process speaks, chosen once from the environment.
pub fn current() -> Lang {
    *CURRENT
}

/// Message `id` in the process's language, with `args` filled in.
pub fn text(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    text_in(current(), id, args)
}

/// Message `id` in `lang`, with `args` filled in; the id itself when no
/// such message exists (a test keeps that from happening).
pub fn text_in(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let bundle: &Bundle = match lang {
        Lang::Swedish => &SWEDISH_BUNDLE,
        Lang::English => &ENGLISH_BUNDLE,
    };
    let (id, attribute) = match id.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (id, None),
    };
    let pattern = bundle.get_message(id).and_then(|m| match attribute {
        Some(a) => m.get_attribute(a).map(|a| a.value()),
        None => m.value(),
    });
    match pattern {
        Some(pattern) => {
            let mut errors = Vec::new();
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned()
        }
        None => id.to_string(),
    }
}

/// Whether message `id` (or `id.attribute`) exists.
pub fn has(id: &str) -> bool {
    let (id, attribute) = match id.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (id, None),
    };
    ENGLISH_BUNDLE
        .get_message(id)
        .is_some_and(|m| match attribute {
            Some(a) => m.get_attribute(a).is_some(),
            None => m.value().is_some(),
        })
}

/// A value given to a message: numbers stay numbers (so Fluent can choose
/// the plural form), everything else is shown as text.
#[doc(hidden)]
pub struct Arg<'a, T: ?Sized>(pub &'a T);

/// Numbers as Fluent numbers.
#[doc(hidden)]
pub trait AsNumber {
    /// The value for Fluent.
    fn fluent(&self) -> FluentValue<'static>;
}

/// Anything shown as text.
#[doc(hidden)]
pub trait AsText {
    /// The value for Fluent.
    fn fluent(&self) -> FluentValue<'static>;
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl AsNumber for Arg<'_, $t> {
            fn fluent(&self) -> FluentValue<'static> {
                FluentValue::from(*self.0)
            }
        }
        impl AsNumber for Arg<'_, &$t> {
            fn fluent(&self) -> FluentValue<'static> {
                FluentValue::from(**self.0)
            }
        }
    )*};
}
numbers!(usize, u8, u16, u32, u64, i32, i64, f64);

impl<T: Display + ?Sized> AsText for &Arg<'_, T> {
    fn fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.0.to_string())
    }
}

/// A message of `src/messages/*.ftl` in the user's language, as a `String`:
/// `msg!(ID)` or `msg!(ID, name = value, count = n)`, where ID is a string
/// literal; `"message-id.attribute"` names an attribute. Numbers pick plural forms; other values are shown with
/// `Display`.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::messages::text($id, None)
    };
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::messages::{AsNumber as _, AsText as _};
        let mut args = $crate::messages::FluentArgs::new();
        $( args.set(stringify!($key), (&$crate::messages::Arg(&$value)).fluent()); )+
        $crate::messages::text($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;
