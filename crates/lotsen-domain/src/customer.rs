//! Customers and the identities by which each channel knows them: an email address, a
//! phone number, a provider's user id. One customer, many identities, one history.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::error::Validator;
use crate::ids::CustomerId;

/// A customer of the company.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    /// Id.
    pub id: CustomerId,
    /// Display name as the customer gave it.
    pub name: String,
    /// How channels know this customer.
    pub identities: Vec<Identity>,
    /// First contact.
    pub created_at: Timestamp,
}

/// The kind of an identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentityKind {
    /// An email address, stored lower-case.
    Email,
    /// A phone number in E.164 form (`+46701234567`).
    Phone,
    /// A provider's id for the person (Facebook page-scoped id, chat visitor id).
    External,
}

impl IdentityKind {
    /// Stable name used in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Phone => "phone",
            Self::External => "external",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "email" => Some(Self::Email),
            "phone" => Some(Self::Phone),
            "external" => Some(Self::External),
            _ => None,
        }
    }
}

/// One way to recognise a customer; `value` is normalised so equal identities compare equal.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Identity {
    /// The kind.
    pub kind: IdentityKind,
    /// The normalised value (`anna@example.se`, `+46701234567`, `facebook:1234`).
    pub value: String,
}

impl Identity {
    /// An email identity, or `None` when the text is not an address.
    pub fn email(raw: &str) -> Option<Self> {
        let value = raw.trim().to_lowercase();
        let (local, domain) = value.split_once('@')?;
        let plausible = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !value.chars().any(char::is_whitespace)
            && !domain.contains('@');
        plausible.then_some(Self {
            kind: IdentityKind::Email,
            value,
        })
    }

    /// A phone identity in E.164 form, or `None` when the text is not a phone number.
    /// Swedish national numbers (`070-123 45 67`) become `+46701234567`.
    pub fn phone(raw: &str) -> Option<Self> {
        let trimmed = raw.trim();
        let mut digits = String::with_capacity(trimmed.len());
        for (i, c) in trimmed.chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                '+' if i == 0 => digits.push(c),
                ' ' | '-' | '(' | ')' | '.' => {}
                _ => return None,
            }
        }
        let e164 = if let Some(rest) = digits.strip_prefix('+') {
            format!("+{rest}")
        } else if let Some(rest) = digits.strip_prefix("00") {
            format!("+{rest}")
        } else if let Some(rest) = digits.strip_prefix('0') {
            format!("+46{rest}")
        } else {
            return None;
        };
        // "+46 (0)70 ..." writes the trunk zero that the international form drops.
        let e164 = match e164.strip_prefix("+460") {
            Some(rest) => format!("+46{rest}"),
            None => e164,
        };
        let count = e164.len() - 1;
        (8..=15).contains(&count).then_some(Self {
            kind: IdentityKind::Phone,
            value: e164,
        })
    }

    /// An external identity scoped by provider (`facebook`, `chat`).
    pub fn external(provider: &str, id: &str) -> Self {
        Self {
            kind: IdentityKind::External,
            value: format!("{}:{}", provider.trim().to_lowercase(), id.trim()),
        }
    }
}

/// What an inbound message tells us about its sender.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerContact {
    /// Name as given.
    pub name: String,
    /// Email address, if given.
    pub email: Option<String>,
    /// Phone number, if given.
    pub phone: Option<String>,
}

impl CustomerContact {
    /// Checks the contact and returns its normalised identities, reporting every bad field
    /// under `prefix` (for example `customer.email`).
    pub fn identities(&self, prefix: &str, v: &mut Validator) -> Vec<Identity> {
        let mut out = Vec::new();
        if self.name.trim().is_empty() {
            v.add(&format!("{prefix}.name"), "must not be blank");
        }
        if let Some(email) = &self.email {
            match Identity::email(email) {
                Some(id) => out.push(id),
                None => v.add(&format!("{prefix}.email"), "is not an email address"),
            }
        }
        if let Some(phone) = &self.phone {
            match Identity::phone(phone) {
                Some(id) => out.push(id),
                None => v.add(&format!("{prefix}.phone"), "is not a phone number"),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_lower_cased_and_checked() {
        assert_eq!(
            Identity::email(" Anna.Svensson@Example.SE ").map(|i| i.value),
            Some("anna.svensson@example.se".into())
        );
        for bad in [
            "anna",
            "anna@",
            "@example.se",
            "anna@example",
            "an na@example.se",
        ] {
            assert_eq!(Identity::email(bad), None, "{bad}");
        }
    }

    #[test]
    fn swedish_phone_numbers_become_e164() {
        for raw in [
            "070-123 45 67",
            "+46 70 123 45 67",
            "0046701234567",
            "(070) 123.45.67",
        ] {
            assert_eq!(
                Identity::phone(raw).map(|i| i.value),
                Some("+46701234567".into()),
                "{raw}"
            );
        }
        for bad in ["12345", "070-ABC", "701234567", "+4670+1234567"] {
            assert_eq!(Identity::phone(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_trunk_zero_after_the_country_code_is_dropped() {
        assert_eq!(
            Identity::phone("+46 (0)70-123 45 67").map(|i| i.value),
            Identity::phone("070-123 45 67").map(|i| i.value)
        );
    }

    #[test]
    fn contact_reports_every_bad_field() {
        let contact = CustomerContact {
            name: " ".into(),
            email: Some("nope".into()),
            phone: Some("x".into()),
        };
        let mut v = Validator::new();
        let ids = contact.identities("customer", &mut v);
        assert!(ids.is_empty());
        let crate::DomainError::Invalid(fields) = v.finish().unwrap_err() else {
            panic!("expected invalid");
        };
        let names: Vec<_> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(names, ["customer.name", "customer.email", "customer.phone"]);
    }
}
