//! The stemmers Snowball 3.1.1 generated from its algorithms, one module
//! each (`snowball ALGORITHM.sbl -rust`; see ../COPYING). Not edited by
//! hand: tools/snowball.sh makes them again.

pub mod arabic;
pub mod armenian;
pub mod basque;
pub mod catalan;
pub mod czech;
pub mod danish;
pub mod dutch;
pub mod english;
pub mod esperanto;
pub mod estonian;
pub mod finnish;
pub mod french;
pub mod german;
pub mod greek;
pub mod hindi;
pub mod hungarian;
pub mod indonesian;
pub mod irish;
pub mod italian;
pub mod lithuanian;
pub mod nepali;
pub mod norwegian;
pub mod polish;
pub mod persian;
pub mod portuguese;
pub mod romanian;
pub mod russian;
pub mod serbian;
pub mod spanish;
pub mod swedish;
pub mod tamil;
pub mod turkish;
pub mod yiddish;

/// Snowball algorithms by name, with the language codes they serve.
pub static ALGORITHMS: &[(&str, &[&str], fn(&mut super::SnowballEnv) -> bool)] = &[
    ("arabic", &["ar"], arabic::stem),
    ("armenian", &["hy"], armenian::stem),
    ("basque", &["eu"], basque::stem),
    ("catalan", &["ca"], catalan::stem),
    ("czech", &["cs"], czech::stem),
    ("danish", &["da"], danish::stem),
    ("dutch", &["nl"], dutch::stem),
    ("english", &["en"], english::stem),
    ("esperanto", &["eo"], esperanto::stem),
    ("estonian", &["et"], estonian::stem),
    ("finnish", &["fi"], finnish::stem),
    ("french", &["fr"], french::stem),
    ("german", &["de"], german::stem),
    ("greek", &["el"], greek::stem),
    ("hindi", &["hi"], hindi::stem),
    ("hungarian", &["hu"], hungarian::stem),
    ("indonesian", &["id"], indonesian::stem),
    ("irish", &["ga"], irish::stem),
    ("italian", &["it"], italian::stem),
    ("lithuanian", &["lt"], lithuanian::stem),
    ("nepali", &["ne"], nepali::stem),
    ("norwegian", &["no","nb","nn"], norwegian::stem),
    ("polish", &["pl"], polish::stem),
    ("persian", &["fa"], persian::stem),
    ("portuguese", &["pt"], portuguese::stem),
    ("romanian", &["ro"], romanian::stem),
    ("russian", &["ru"], russian::stem),
    ("serbian", &["sr"], serbian::stem),
    ("spanish", &["es"], spanish::stem),
    ("swedish", &["sv"], swedish::stem),
    ("tamil", &["ta"], tamil::stem),
    ("turkish", &["tr"], turkish::stem),
    ("yiddish", &["yi"], yiddish::stem),
];
