//! Small text values that carry a rule: written text must not be blank, and it is stored
//! trimmed.

use crate::error::DomainError;

/// Trims `value` and refuses it when nothing is left, naming `field`.
pub fn required(field: &str, value: &str) -> Result<String, DomainError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        Err(DomainError::invalid(field, "must not be blank"))
    } else {
        Ok(trimmed.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_text_is_refused_with_its_field_name() {
        let err = required("note", "  \n ").unwrap_err();
        assert_eq!(err, DomainError::invalid("note", "must not be blank"));
        assert_eq!(
            required("note", " Kunden väntar ").unwrap(),
            "Kunden väntar"
        );
    }
}
