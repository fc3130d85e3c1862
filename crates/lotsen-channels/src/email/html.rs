//! HTML bodies are sanitised with `ammonia` before anyone sees them: no scripts, styles,
//! forms or event handlers, and no images, so opening a mail never loads a sender's
//! tracking pixel; links keep `rel="noopener noreferrer nofollow"`.

use std::collections::HashSet;

/// The sanitised form of an HTML body.
pub fn sanitise_html(html: &str) -> String {
    let schemes: HashSet<&str> = ["http", "https", "mailto", "tel"].into_iter().collect();
    ammonia::Builder::default()
        .rm_tags(["img"])
        .url_schemes(schemes)
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_handlers_and_images_are_removed_and_text_stays() {
        let clean = sanitise_html(
            "<p onclick=\"x()\">Hej <a href=\"javascript:x()\">här</a> \
             <a href=\"https://banken.se\">banken</a></p><img src=\"https://t.example/p.gif\">\
             <script>alert(1)</script><style>p{}</style>",
        );
        assert!(clean.contains("Hej"), "{clean}");
        assert!(!clean.contains("onclick"), "{clean}");
        assert!(!clean.contains("javascript"), "{clean}");
        assert!(!clean.contains("img"), "{clean}");
        assert!(!clean.contains("alert"), "{clean}");
        assert!(clean.contains("href=\"https://banken.se\""), "{clean}");
        assert!(clean.contains("noopener"), "{clean}");
    }
}
