//! Photos in a row become a gallery: two or more figures one after the
//! other, with nothing between them, are put in `<div class="gallery">`,
//! which the theme lays out as a grid of captioned photos, each still
//! linking to its large version. A gallery photo is shown at most half the
//! text column wide, so its `sizes` says so and browsers fetch a smaller
//! file.

use pulldown_cmark::{CowStr, Event};

/// The `sizes` of a photo in a gallery: two columns of the text's.
const GALLERY_SIZES: &str = "(min-width: 42rem) 20rem, 50vw";

/// Wraps each run of two or more consecutive figures of `events`, at the
/// indices `figures` (in order), in a gallery.
pub(super) fn group(events: &mut Vec<Event<'_>>, figures: &[usize]) {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &i in figures {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == i => *end = i,
            _ => runs.push((i, i)),
        }
    }
    // From the last, so the indices before stay true.
    for &(start, end) in runs.iter().rev().filter(|(s, e)| e > s) {
        for event in &mut events[start..=end] {
            if let Event::Html(html) = event {
                let smaller = html.replace(super::BODY_SIZES, GALLERY_SIZES);
                *event = Event::Html(CowStr::from(smaller));
            }
        }
        events.insert(end + 1, Event::Html(CowStr::from("</div>\n")));
        events.insert(
            start,
            Event::Html(CowStr::from("<div class=\"gallery\">\n")),
        );
    }
}
