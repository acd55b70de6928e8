#pragma once

#include "estateenums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gatehouse::Models {

/// Lifecycle of a change (the approvals issue adds the transitions and their rules).
enum class ChangeState {
    Draft,
    Submitted,
    Assessed,
    Approved,
    Rejected,
    Scheduled,
    InProgress,
    Completed,
    RolledBack,
    Failed,
    Closed,
};

/// Database spelling: "draft", "submitted", …, "in-progress", "rolled-back".
QString toString(ChangeState state);
std::optional<ChangeState> changeStateFromString(const QString &text);

/// A change request as stored in the control store.
struct ChangeRequest
{
    qint64 id = 0; ///< 0 until stored
    QString title;
    QString description;
    QString requester;   ///< database user that created it
    QString environment; ///< target environment name
    ChangeType type = ChangeType::Normal;
    QStringList integrations; ///< changed integrations
    QStringList workloads;    ///< changed workloads
    QDateTime windowStart;    ///< UTC
    QDateTime windowEnd;      ///< UTC
    QString windowTimeZone;   ///< IANA zone the requester planned in
    ChangeState state = ChangeState::Draft;
    QDateTime createdAt; ///< UTC, set by the database
    QDateTime updatedAt; ///< UTC, set by the database
};

/// One append-only audit record.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString actor;
    QString action; ///< "change.created", …
    qint64 changeId = 0;
    QString detail;
};

} // namespace Gatehouse::Models
