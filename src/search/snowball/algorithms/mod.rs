//! The stemmers Snowball 3.1.1 generated from its algorithms, one module
//! each (`snowball ALGORITHM.sbl -rust`; see ../COPYING). Not edited by
//! hand: tools/snowball.sh makes them again.

pub(crate) mod arabic;
pub(crate) mod armenian;
pub(crate) mod basque;
pub(crate) mod catalan;
pub(crate) mod czech;
pub(crate) mod danish;
pub(crate) mod dutch;
pub(crate) mod english;
pub(crate) mod esperanto;
pub(crate) mod estonian;
pub(crate) mod finnish;
pub(crate) mod french;
pub(crate) mod german;
pub(crate) mod greek;
pub(crate) mod hindi;
pub(crate) mod hungarian;
pub(crate) mod indonesian;
pub(crate) mod irish;
pub(crate) mod italian;
pub(crate) mod lithuanian;
pub(crate) mod nepali;
pub(crate) mod norwegian;
pub(crate) mod polish;
pub(crate) mod persian;
pub(crate) mod portuguese;
pub(crate) mod romanian;
pub(crate) mod russian;
pub(crate) mod serbian;
pub(crate) mod spanish;
pub(crate) mod swedish;
pub(crate) mod tamil;
pub(crate) mod turkish;
pub(crate) mod yiddish;

/// Snowball algorithms by name, with the language codes they serve.
pub(crate) static ALGORITHMS: &[(&str, &[&str], fn(&mut super::SnowballEnv) -> bool)] = &[
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
