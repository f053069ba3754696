//! What `check` reports and `build` stops on, from the finished model:
//! findings that need the whole site, not one file. (`check::analyse`
//! gathers them with the per-page findings.)

use std::collections::BTreeSet;

use crate::diagnostics::Diagnostic;
use crate::site::{Page, Site};

/// `check`'s suggestions: terms that look like one term in two languages,
/// because both language versions of a report use them in the same place
/// of the same list (the third tag of each, say), and terms.yaml does not
/// link them yet. One suggestion for each pair, at the first report.
pub fn term_suggestions(site: &Site) -> Vec<Diagnostic> {
    let mut pairs: BTreeSet<(String, String, String, String, String)> = BTreeSet::new();
    let mut out = Vec::new();
    for group in &site.groups {
        for (i, &a) in group.iter().enumerate() {
            for &b in &group[i + 1..] {
                let (pa, pb) = (&site.pages[a], &site.pages[b]);
                for taxonomy in &site.config.taxonomies {
                    let (Some(la), Some(lb)) = (own_terms(pa, taxonomy), own_terms(pb, taxonomy))
                    else {
                        continue;
                    };
                    if la.len() != lb.len() {
                        continue;
                    }
                    for (na, nb) in la.iter().zip(lb) {
                        let (na, nb) = (na.trim(), nb.trim());
                        if crate::transliterate::slugify(na) == crate::transliterate::slugify(nb)
                            || site.terms.find(taxonomy, na).is_some()
                            || site.terms.find(taxonomy, nb).is_some()
                        {
                            continue;
                        }
                        let key = (
                            taxonomy.clone(),
                            pa.lang().to_string(),
                            na.to_string(),
                            pb.lang().to_string(),
                            nb.to_string(),
                        );
                        if !pairs.insert(key) {
                            continue;
                        }
                        out.push(
                            Diagnostic::in_file(
                                &pb.doc.file,
                                crate::msg!(
                                    "terms-look-alike",
                                    taxonomy = taxonomy,
                                    a = na,
                                    a_lang = pa.lang(),
                                    b = nb,
                                    b_lang = pb.lang()
                                ),
                            )
                            .warning()
                            .help(crate::msg!(
                                "terms-look-alike.help",
                                file = crate::terms::FILE,
                                snippet = format!(
                                    "{taxonomy}:\n  - {}: {na}\n    {}: {nb}",
                                    pa.lang(),
                                    pb.lang()
                                )
                            )),
                        );
                    }
                }
            }
        }
    }
    out
}

/// The terms a page itself writes in `taxonomy`, not those it inherits.
fn own_terms<'a>(page: &'a Page, taxonomy: &str) -> Option<&'a [String]> {
    let front = &page.doc.front;
    match taxonomy {
        "tags" => (!front.tags.is_empty()).then_some(front.tags.as_slice()),
        "organizations" => front.organizations.as_deref(),
        other => front.terms.get(other).map(Vec::as_slice),
    }
}
