#pragma once

#include "models/changerequest.h"
#include "models/gateevaluation.h"
#include "models/result.h"
#include "models/riskscore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Gatehouse::Ui {

/// Everything the auditors' change record shows about one change.
struct ChangeRecord
{
    Models::ChangeRequest change;
    Models::ChangeScope scope;
    QList<Models::Approval> approvals; ///< voided ones included
    QList<Models::ChangeComment> comments;
    Models::GateReport gates;
    std::optional<Models::RiskAssessment> risk;
    QList<Models::AuditEntry> audit; ///< of this change, oldest first
    /// The whole audit chain's verification; empty when it could not be run.
    std::optional<Models::AuditChainReport> chain;
    QString chainError; ///< why the chain could not be verified
    QString store;      ///< ControlStore::description() — where the record came from
    QDateTime generatedAt; ///< UTC
    QString generatedBy;   ///< login of the person exporting
};

/// Writes a ChangeRecord as an A4 PDF (QPdfWriter, text laid out by QTextDocument):
/// header, scope, rollback plan and criteria, risk, gates with evidence, approvals
/// with comments and roles (voided ones marked), audit history, and the audit chain's
/// verification result. Any thread (uses only QtGui painting, no widgets).
class ChangeRecordPdf
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecordPdf)

public:
    /// The record as HTML (what the PDF shows; also handy for tests).
    static QString html(const ChangeRecord &record);
    /// Writes the PDF to `path`; an error names the file and the reason.
    static Models::Status write(const ChangeRecord &record, const QString &path);
};

} // namespace Gatehouse::Ui
