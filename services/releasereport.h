#pragma once

#include "models/changerequest.h"
#include "models/gateevaluation.h"
#include "models/release.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>

namespace Gatehouse::Services {

class ControlStore;

/// What a release report shows: the release with its phases, restore points and actions,
/// the changes and their approvals, the gate overrides with who gave them and why, every
/// criterion sample, the audit records of the
/// changes and the audit chain's verification.
struct ReleaseReportData
{
    Models::Release release;
    QList<Models::ChangeRequest> changes;
    QHash<qint64, QList<Models::Approval>> approvals;
    /// Authorised overrides of the changes' gates, by change id.
    QHash<qint64, QList<Models::GateOverride>> overrides;
    QList<Models::CriterionSample> samples;
    QList<Models::AuditEntry> audit;
    Models::AuditChainReport chain;
    QDateTime generatedAt; ///< UTC
};

/// The PDF an auditor or a post-incident review asks for after a release completed or
/// was rolled back: timeline, approvals, gates and their evidence, the overrides of the
/// gates that did not pass (by whom and why), criteria values
/// before/during/after each phase, restore points, actions and who took them, and the
/// audit chain's verification.
///
/// gather() reads from the control store (futures finish on the UI thread); html() is
/// pure; writePdf() lays the document out with QTextDocument and needs a
/// QGuiApplication (fonts) — call it on the UI thread or any thread with one running.
class ReleaseReport
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseReport)
public:
    /// Collects everything the report shows for `releaseId`; `context` receives the answers.
    static QFuture<Models::Result<ReleaseReportData>> gather(ControlStore *store, qint64 releaseId);
    /// The report as HTML (every string translated).
    static QString html(const ReleaseReportData &data);
    /// Writes the report as an A4 PDF to `path`.
    static Models::Status writePdf(const ReleaseReportData &data, const QString &path);
};

} // namespace Gatehouse::Services
