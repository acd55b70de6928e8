#include "changerecordpdf.h"

#include "plural.h"

#include "models/changerequestmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString utc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
                        : QStringLiteral("—");
}

QString fact(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>") + esc(label) + QStringLiteral("</b></td><td>") + esc(value)
        + QStringLiteral("</td></tr>");
}

QString headerRow(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<th align='left' bgcolor='#e8e8e8'>") + esc(cell) + QStringLiteral("</th>");
    return html + QStringLiteral("</tr>");
}

QString row(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<td>") + esc(cell) + QStringLiteral("</td>");
    return html + QStringLiteral("</tr>");
}

const QString kTable = QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3'>");

QString outcomeText(GateResult::Outcome outcome)
{
    switch (outcome) {
    case GateResult::Outcome::Pass:
        return ChangeRecordPdf::tr("PASS");
    case GateResult::Outcome::Fail:
        return ChangeRecordPdf::tr("FAIL");
    case GateResult::Outcome::Unknown:
        break;
    }
    return ChangeRecordPdf::tr("UNKNOWN");
}

QString decisionText(Approval::Decision decision)
{
    switch (decision) {
    case Approval::Decision::Approve:
        return ChangeRecordPdf::tr("approved");
    case Approval::Decision::Reject:
        return ChangeRecordPdf::tr("rejected");
    case Approval::Decision::RequestChanges:
        break;
    }
    return ChangeRecordPdf::tr("requested changes");
}

} // namespace

QString ChangeRecordPdf::html(const ChangeRecord &record)
{
    const ChangeRequest &c = record.change;
    QString html = QStringLiteral("<html><body style='font-size:9pt'>");
    html += QStringLiteral("<h1>") + esc(tr("Change record #%1").arg(c.id)) + QStringLiteral("</h1>");
    html += QStringLiteral("<h2>") + esc(c.title) + QStringLiteral("</h2>");
    if (c.type == ChangeType::Emergency)
        html += QStringLiteral("<p><b>") + esc(tr("EMERGENCY CHANGE — post-implementation review required"))
            + QStringLiteral("</b></p>");
    html += QStringLiteral("<table cellpadding='2'>");
    html += fact(tr("State"), ChangeRequestModel::stateText(c.state));
    html += fact(tr("Type"), ChangeRequestModel::typeText(c.type));
    html += fact(tr("Environment"), c.environment);
    html += fact(tr("Window"), ChangeRequestModel::windowText(c));
    html += fact(tr("Requested by"), c.requester);
    html += fact(tr("Implementer"), c.implementer.isEmpty() ? tr("not named") : c.implementer);
    html += fact(tr("Risk score"), c.riskScore < 0 ? tr("not assessed") : QString::number(c.riskScore));
    html += fact(tr("Revision"), QString::number(c.revision));
    html += fact(tr("Approved under policy version"),
                 c.approvedPolicyVersion > 0 ? QString::number(c.approvedPolicyVersion) : tr("not approved"));
    if (c.reviewRequired)
        html += fact(tr("Post-implementation review"),
                     c.reviewedAt.isValid() ? tr("by %1 at %2").arg(c.reviewedBy, utc(c.reviewedAt))
                                            : tr("outstanding (due %1)").arg(utc(c.reviewDueAt)));
    html += fact(tr("Created"), utc(c.createdAt));
    html += fact(tr("Updated"), utc(c.updatedAt));
    html += QStringLiteral("</table>");
    if (!c.description.isEmpty())
        html += QStringLiteral("<p>") + esc(c.description) + QStringLiteral("</p>");

    // Scope
    const ChangeScope &s = record.scope;
    html += QStringLiteral("<h3>") + esc(tr("Scope")) + QStringLiteral("</h3>");
    if (s.size() == 0 && c.integrations.isEmpty() && c.workloads.isEmpty())
        html += QStringLiteral("<p>") + esc(tr("No scope recorded.")) + QStringLiteral("</p>");
    if (!c.integrations.isEmpty())
        html += QStringLiteral("<p>") + esc(tr("Integrations: %1").arg(c.integrations.join(QStringLiteral(", "))))
            + QStringLiteral("</p>");
    if (!s.workloads.isEmpty()) {
        html += kTable + headerRow({tr("Workload"), tr("Image")});
        for (const WorkloadChange &w : s.workloads)
            html += row({w.name, w.image});
        html += QStringLiteral("</table><br>");
    }
    if (!s.modules.isEmpty()) {
        html += kTable + headerRow({tr("Odoo module"), tr("Version")});
        for (const ModuleChange &m : s.modules)
            html += row({m.name, m.version});
        html += QStringLiteral("</table><br>");
    }
    if (!s.migrations.isEmpty()) {
        html += kTable + headerRow({tr("Migration"), tr("Pre-checks"), tr("Lock impact"), tr("Rollback plan")});
        for (const MigrationChange &m : s.migrations)
            html += row({m.name, m.preChecks.join(QStringLiteral("; ")), m.lockImpact, m.rollbackPlan});
        html += QStringLiteral("</table><br>");
    }
    if (!s.infrastructure.isEmpty()) {
        html += kTable + headerRow({tr("Infrastructure"), tr("Description")});
        for (const InfrastructureChange &i : s.infrastructure)
            html += row({i.component, i.description});
        html += QStringLiteral("</table><br>");
    }
    html += QStringLiteral("<p><b>") + esc(tr("Rollback plan:")) + QStringLiteral("</b> ")
        + esc(s.rollbackPlan.isEmpty() ? tr("none recorded") : s.rollbackPlan) + QStringLiteral("</p>");
    if (!s.rollbackCriteria.isEmpty()) {
        html += kTable + headerRow({tr("Rollback criterion"), tr("Condition"), tr("For"), tr("Action")});
        for (const RollbackCriterion &r : s.rollbackCriteria)
            html += row({r.name, r.query + QLatin1Char(' ') + r.comparison + QLatin1Char(' ') + QString::number(r.threshold),
                         tr("%1 s").arg(r.durationSeconds), r.action});
        html += QStringLiteral("</table>");
    }

    // Risk
    if (record.risk) {
        html += QStringLiteral("<h3>") + esc(tr("Risk (computed): %1 / 100").arg(record.risk->score))
            + QStringLiteral("</h3><p>") + esc(record.risk->method) + QStringLiteral("</p>");
        html += kTable + headerRow({tr("Factor"), tr("Contribution"), tr("Why")});
        for (const RiskFactor &f : record.risk->breakdown)
            html += row({f.label, QString::number(f.contribution, 'f', 1), f.explanation});
        html += QStringLiteral("</table>");
    }

    // Gates
    html += QStringLiteral("<h3>") + esc(tr("Gates for %1 (evaluated %2): %3")
                                             .arg(record.gates.environment, utc(record.gates.evaluatedAt),
                                                  record.gates.allowed ? tr("allowed") : tr("blocked")))
        + QStringLiteral("</h3>");
    html += kTable + headerRow({tr("Gate"), tr("Outcome"), tr("Summary and evidence"), tr("Evaluated")});
    for (const GateResult &g : record.gates.gates) {
        QString outcome = outcomeText(g.outcome);
        if (record.gates.overridden.contains(g.gate)) {
            const GateOverride &o = record.gates.overridden.value(g.gate);
            outcome += QLatin1Char(' ') + tr("(overridden by %1: %2)").arg(o.by, o.reason);
        }
        QString summary = g.summary;
        for (const QString &e : g.evidence)
            summary += QStringLiteral("\n• ") + e;
        html += row({g.gate, outcome, summary, utc(g.evaluatedAt)});
    }
    html += QStringLiteral("</table>");

    // Approvals
    html += QStringLiteral("<h3>") + esc(tr("Approvals and decisions")) + QStringLiteral("</h3>");
    if (record.approvals.isEmpty()) {
        html += QStringLiteral("<p>") + esc(tr("No decisions recorded.")) + QStringLiteral("</p>");
    } else {
        html += kTable + headerRow({tr("When"), tr("Who"), tr("Role"), tr("Decision"), tr("Comment"), tr("Status")});
        for (const Approval &a : record.approvals)
            html += row({utc(a.at), a.approver, a.role, decisionText(a.decision), a.comment,
                         a.voidedAt.isValid() ? tr("void since %1: %2").arg(utc(a.voidedAt), a.voidReason)
                                              : tr("standing (policy v%1, revision %2)").arg(a.policyVersion).arg(a.changeRevision)});
        html += QStringLiteral("</table>");
    }
    if (!record.comments.isEmpty()) {
        html += QStringLiteral("<h3>") + esc(tr("Comments")) + QStringLiteral("</h3>") + kTable
            + headerRow({tr("When"), tr("Who"), tr("Comment")});
        for (const ChangeComment &cm : record.comments)
            html += row({utc(cm.at), cm.author, cm.body});
        html += QStringLiteral("</table>");
    }

    // Audit
    html += QStringLiteral("<h3>") + esc(tr("Audit history")) + QStringLiteral("</h3>");
    html += kTable + headerRow({tr("Row"), tr("When"), tr("Who"), tr("What"), tr("Detail")});
    for (const AuditEntry &e : record.audit)
        html += row({QString::number(e.id), utc(e.at), e.actor, e.action, e.detail});
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>") + esc(tr("Audit chain verification")) + QStringLiteral("</h3><p>");
    if (!record.chain) {
        html += esc(tr("NOT VERIFIED: %1").arg(record.chainError));
    } else if (record.chain->intact()) {
        html += esc(plural(tr("VERIFIED: %n row(s) checked, the hash chain is intact.", nullptr,
                                int(record.chain->rowsChecked)),
                             int(record.chain->rowsChecked)));
    } else {
        html += esc(tr("BROKEN: the hash chain breaks at row %1.").arg(record.chain->breaks.constFirst().rowId));
        for (const AuditChainBreak &b : record.chain->breaks)
            html += QStringLiteral("<br>") + esc(tr("Row %1: %2").arg(b.rowId).arg(b.problem));
    }
    html += QStringLiteral("</p>");
    html += QStringLiteral("<p><i>")
        + esc(tr("Generated %1 by %2 from %3.").arg(utc(record.generatedAt), record.generatedBy, record.store))
        + QStringLiteral("</i></p></body></html>");
    return html;
}

Status ChangeRecordPdf::write(const ChangeRecord &record, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Change record #%1").arg(record.change.id));
        writer.setCreator(QStringLiteral("Gatehouse"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument document;
        document.setHtml(html(record));
        document.print(&writer);
    }
    file.close();
    if (file.error() != QFileDevice::NoError || file.size() == 0)
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace Gatehouse::Ui
