//! An email message's details in a case's timeline: addresses, threading ids, the full
//! text and sanitised HTML beside the trimmed body, attachments (with their download
//! path, or why they were refused) and, for a reply, its delivery.

use lotsen_store::{AttachmentRecord, Delivery, EmailDetails, MessageMail};
use serde::Serialize;
use utoipa::ToSchema;

use crate::dto::time;

/// Email details of a message.
#[derive(Debug, Serialize, ToSchema)]
pub struct EmailDto {
    /// The Message-ID header, without angle brackets.
    pub message_id: String,
    /// The sender's address.
    pub from: String,
    /// The sender's display name.
    pub from_name: Option<String>,
    /// Recipients.
    pub to: Vec<String>,
    /// Copied recipients.
    pub cc: Vec<String>,
    /// In-Reply-To ids.
    pub in_reply_to: Vec<String>,
    /// References ids.
    pub references: Vec<String>,
    /// `auto_reply`, `bounce` or `bulk` when a machine sent it.
    pub automatic: Option<String>,
    /// The whole text (the message's `body` has quoted history and signature trimmed).
    pub full_text: String,
    /// The HTML body, sanitised.
    pub html: Option<String>,
    /// Whether some part could not be decoded cleanly.
    pub encoding_problem: bool,
}

/// An attachment.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttachmentDto {
    /// Position in the message, from 0.
    pub position: u32,
    /// File name.
    pub filename: Option<String>,
    /// `type/subtype`.
    pub content_type: String,
    /// Bytes.
    pub size: u64,
    /// SHA-256 of the content.
    pub sha256: String,
    /// Why it was refused (`too_large`, `too_many`, `executable`); absent when stored.
    pub refused: Option<String>,
    /// Where to download it, when stored.
    pub href: Option<String>,
}

/// A reply's delivery.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeliveryDto {
    /// `queued`, `sent`, `retrying`, `failed` or `bounced`.
    pub status: String,
    /// Attempts so far.
    pub attempts: u32,
    /// The relay's answer (email), Meta's id for the new comment or message, or the
    /// error.
    pub detail: Option<String>,
    /// When it last changed.
    pub updated_at: Option<String>,
}

fn email_dto(d: &EmailDetails) -> EmailDto {
    EmailDto {
        message_id: d.header_message_id.clone(),
        from: d.from_address.clone(),
        from_name: d.from_name.clone(),
        to: d.to.clone(),
        cc: d.cc.clone(),
        in_reply_to: d.in_reply_to.clone(),
        references: d.references.clone(),
        automatic: d.automatic.clone(),
        full_text: d.full_text.clone(),
        html: d.html.clone(),
        encoding_problem: d.encoding_problem,
    }
}

fn attachment_dto(message: uuid::Uuid, a: &AttachmentRecord) -> AttachmentDto {
    AttachmentDto {
        position: a.position,
        filename: a.filename.clone(),
        content_type: a.content_type.clone(),
        size: a.size,
        sha256: a.sha256.clone(),
        refused: a.refused.clone(),
        href: a
            .refused
            .is_none()
            .then(|| format!("/api/v1/messages/{message}/attachments/{}", a.position)),
    }
}

fn delivery_dto(d: &Delivery) -> DeliveryDto {
    DeliveryDto {
        status: d.status.clone(),
        attempts: d.attempts,
        detail: d.detail.clone(),
        updated_at: Some(time(d.updated_at)),
    }
}

/// Adds the email details to the timeline's messages, and each reply's delivery; a reply
/// by email or on Meta's channels without a recorded attempt is `queued`.
pub fn enrich(items: &mut [crate::dto::TimelineItem], mail: &[MessageMail]) {
    for item in items.iter_mut() {
        let Some(message) = item.message.as_mut() else {
            continue;
        };
        let found = mail.iter().find(|m| m.message_id.as_uuid() == message.id);
        if let Some(m) = found {
            message.email = m.details.as_ref().map(email_dto);
            message.attachments = m
                .attachments
                .iter()
                .map(|a| attachment_dto(message.id, a))
                .collect();
            message.delivery = m.delivery.as_ref().map(delivery_dto);
        }
        // Replies on email and on Meta's channels go through a sender that records them.
        let sent_by_us = matches!(
            message.channel.as_str(),
            "email" | "facebook" | "instagram" | "messenger"
        );
        if sent_by_us && message.direction == "outbound" && message.delivery.is_none() {
            message.delivery = Some(DeliveryDto {
                status: "queued".into(),
                attempts: 0,
                detail: None,
                updated_at: None,
            });
        }
    }
}
