#include "services/releasereport.h"

#include "services/controlstore.h"
#include "services/whenfinished.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPageSize>
#include <QPdfWriter>
#include <QPromise>
#include <QTextDocument>

#include <memory>
#include <optional>

namespace Gatehouse::Services {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QStringLiteral("—");
}

// Inside one release the date rarely changes: the timeline shows the time of day (UTC).
QString clock(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("HH:mm:ss")) : QStringLiteral("—");
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 4) : ReleaseReport::tr("no data");
}

QString row(const QStringList &cells, bool header = false)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += (header ? QStringLiteral("<th align=left>") : QStringLiteral("<td>")) + cell
                + (header ? QStringLiteral("</th>") : QStringLiteral("</td>"));
    return html + QStringLiteral("</tr>");
}

QString table(const QStringList &header, const QStringList &rows)
{
    return QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 width=100%>") + row(header, true)
           + rows.join(QString()) + QStringLiteral("</table>");
}

} // namespace

QFuture<Models::Result<ReleaseReportData>> ReleaseReport::gather(ControlStore *store, qint64 releaseId)
{
    auto promise = std::make_shared<QPromise<Models::Result<ReleaseReportData>>>();
    promise->start();
    QFuture<Models::Result<ReleaseReportData>> future = promise->future();
    auto data = std::make_shared<ReleaseReportData>();
    const auto finish = [promise](Models::Result<ReleaseReportData> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
    whenFinished(store->release(releaseId), store, [store, data, finish, releaseId](const Models::Result<Models::Release> &release) {
        if (!release)
            return finish(Models::Result<ReleaseReportData>::failure(release.error().message));
        data->release = release.value();
        // Everything else in parallel; the last answer finishes the report data.
        auto remaining = std::make_shared<int>(3 + int(data->release.changeIds.size()) * 3);
        auto failed = std::make_shared<QString>();
        const auto done = [data, finish, remaining, failed] {
            if (--*remaining > 0)
                return;
            if (!failed->isEmpty())
                return finish(Models::Result<ReleaseReportData>::failure(*failed));
            data->generatedAt = QDateTime::currentDateTimeUtc();
            finish(*data);
        };
        whenFinished(store->criterionSamples(releaseId), store, [data, failed, done](const Models::Result<QList<Models::CriterionSample>> &r) {
            r ? void(data->samples = r.value()) : void(*failed = r.error().message);
            done();
        });
        whenFinished(store->verifyAuditChain(), store, [data, failed, done](const Models::Result<Models::AuditChainReport> &r) {
            r ? void(data->chain = r.value()) : void(*failed = r.error().message);
            done();
        });
        // Release records carry the release id in their detail.
        whenFinished(store->auditLog(), store, [data, failed, done, releaseId](const Models::Result<QList<Models::AuditEntry>> &r) {
            if (!r) {
                *failed = r.error().message;
            } else {
                for (const Models::AuditEntry &entry : r.value()) {
                    const QJsonObject detail = QJsonDocument::fromJson(entry.detail.toUtf8()).object();
                    if (detail.value(QStringLiteral("release")).toInteger() == releaseId
                        || data->release.changeIds.contains(entry.changeId))
                        data->audit.append(entry);
                }
            }
            done();
        });
        for (const qint64 id : std::as_const(data->release.changeIds)) {
            whenFinished(store->change(id), store, [data, failed, done](const Models::Result<Models::ChangeRequest> &r) {
                r ? void(data->changes.append(r.value())) : void(*failed = r.error().message);
                done();
            });
            whenFinished(store->approvals(id), store, [data, failed, done, id](const Models::Result<QList<Models::Approval>> &r) {
                r ? void(data->approvals.insert(id, r.value())) : void(*failed = r.error().message);
                done();
            });
            whenFinished(store->gateOverrides(id), store, [data, failed, done, id](const Models::Result<QList<Models::GateOverride>> &r) {
                r ? void(data->overrides.insert(id, r.value())) : void(*failed = r.error().message);
                done();
            });
        }
    });
    return future;
}

QString ReleaseReport::html(const ReleaseReportData &data)
{
    const Models::Release &release = data.release;
    QString html = QStringLiteral("<html><body style='font-family: DejaVu Sans; font-size: 9pt'>");
    html += QStringLiteral("<h1>") + esc(tr("Release report")) + QStringLiteral(": ") + esc(release.title) + QStringLiteral("</h1>");
    html += QStringLiteral("<p>") + esc(tr("Release %1 — outcome: %2").arg(release.id).arg(Models::toString(release.state)))
            + QStringLiteral("<br>") + esc(tr("Reason: %1").arg(release.stopReason.isEmpty() ? tr("—") : release.stopReason))
            + QStringLiteral("<br>") + esc(tr("Created by %1 at %2").arg(release.createdBy, when(release.createdAt)))
            + QStringLiteral("<br>") + esc(tr("Report generated at %1").arg(when(data.generatedAt))) + QStringLiteral("</p>");

    // Timeline.
    html += QStringLiteral("<h2>") + esc(tr("Timeline")) + QStringLiteral("</h2>");
    QStringList rows;
    for (const Models::ReleasePhase &phase : release.phases)
        rows.append(row({QString::number(phase.position + 1), esc(phase.environment), esc(phase.workload),
                         esc(Models::toString(phase.kind)), esc(phase.image), esc(Models::toString(phase.state)),
                         esc(clock(phase.startedAt)), esc(clock(phase.bakeStartedAt)), esc(clock(phase.finishedAt)),
                         esc(phase.note)}));
    html += table({esc(tr("#")), esc(tr("Environment")), esc(tr("Workload")), esc(tr("Phase")), esc(tr("Image")),
                   esc(tr("State")), esc(tr("Started (UTC)")), esc(tr("Baking since")), esc(tr("Finished")), esc(tr("Note"))},
                  rows);

    // Changes and approvals.
    html += QStringLiteral("<h2>") + esc(tr("Changes and approvals")) + QStringLiteral("</h2>");
    rows.clear();
    for (const Models::ChangeRequest &change : data.changes) {
        QStringList decisions;
        for (const Models::Approval &approval : data.approvals.value(change.id))
            decisions.append(esc(tr("%1 (%2) %3 at %4%5")
                                     .arg(approval.approver, approval.role, Models::toString(approval.decision),
                                          when(approval.at),
                                          approval.voidedAt.isValid() ? tr(", void: %1").arg(approval.voidReason) : QString())));
        if (decisions.isEmpty())
            decisions.append(esc(tr("pre-approved standard change (policy version %1)").arg(change.approvedPolicyVersion)));
        rows.append(row({QString::number(change.id), esc(change.title), esc(change.environment),
                         esc(Models::toString(change.state)), decisions.join(QStringLiteral("<br>"))}));
    }
    html += table({esc(tr("Change")), esc(tr("Title")), esc(tr("Environment")), esc(tr("State")), esc(tr("Decisions"))}, rows);

    // Gates and their evidence, as evaluated at each promotion.
    html += QStringLiteral("<h2>") + esc(tr("Gates and evidence")) + QStringLiteral("</h2>");
    rows.clear();
    for (const Models::ReleaseAction &action : release.actions) {
        if (action.action != QLatin1String("gates"))
            continue;
        const QJsonObject detail = QJsonDocument::fromJson(action.detail.toUtf8()).object();
        for (const QJsonValue &report : detail.value(QStringLiteral("reports")).toArray()) {
            const QJsonObject r = report.toObject();
            for (const QJsonValue &gate : r.value(QStringLiteral("gates")).toArray()) {
                const QJsonObject g = gate.toObject();
                QStringList evidence;
                for (const QJsonValue &e : g.value(QStringLiteral("evidence")).toArray())
                    evidence.append(esc(e.toString()));
                rows.append(row({esc(action.target), QString::number(r.value(QStringLiteral("change")).toInteger()),
                                 esc(g.value(QStringLiteral("gate")).toString()),
                                 esc(g.value(QStringLiteral("outcome")).toString()),
                                 esc(g.value(QStringLiteral("summary")).toString()) + QStringLiteral("<br>")
                                     + evidence.join(QStringLiteral("<br>")),
                                 esc(when(action.at))}));
            }
        }
    }
    html += table({esc(tr("Environment")), esc(tr("Change")), esc(tr("Gate")), esc(tr("Outcome")),
                   esc(tr("Summary and evidence")), esc(tr("Evaluated"))},
                  rows);

    // What let the release go on despite a gate: an auditor's first question.
    html += QStringLiteral("<h2>") + esc(tr("Gate overrides")) + QStringLiteral("</h2>");
    rows.clear();
    for (const Models::ChangeRequest &change : data.changes) {
        for (const Models::GateOverride &o : data.overrides.value(change.id))
            rows.append(row({esc(when(o.at)), QString::number(change.id), esc(o.environment), esc(o.gate), esc(o.by),
                             esc(o.reason)}));
    }
    if (rows.isEmpty())
        html += QStringLiteral("<p>") + esc(tr("No gate was overridden.")) + QStringLiteral("</p>");
    else
        html += table({esc(tr("Time")), esc(tr("Change")), esc(tr("Environment")), esc(tr("Gate")), esc(tr("By")),
                       esc(tr("Reason"))},
                      rows);

    // Criteria before / during / after each phase.
    html += QStringLiteral("<h2>") + esc(tr("Rollback criteria")) + QStringLiteral("</h2>");
    rows.clear();
    QMap<QPair<int, QString>, QList<Models::CriterionSample>> byPhase;
    for (const Models::CriterionSample &sample : data.samples)
        byPhase[{sample.phase, sample.criterion}].append(sample);
    for (auto it = byPhase.cbegin(); it != byPhase.cend(); ++it) {
        const QList<Models::CriterionSample> &list = it.value();
        std::optional<double> worst;
        QStringList verdicts;
        for (const Models::CriterionSample &s : list) {
            if (s.value && (!worst || *s.value > *worst))
                worst = s.value;
            if (!verdicts.contains(s.verdict))
                verdicts.append(s.verdict);
        }
        rows.append(row({QString::number(it.key().first + 1), esc(it.key().second), esc(number(list.constFirst().value)),
                         esc(number(worst)), esc(number(list.constLast().value)), QString::number(list.size()),
                         esc(verdicts.join(QStringLiteral(", ")))}));
    }
    html += table({esc(tr("Phase")), esc(tr("Criterion")), esc(tr("Before")), esc(tr("During (highest)")),
                   esc(tr("After")), esc(tr("Samples")), esc(tr("Verdicts"))},
                  rows);

    // Restore points.
    html += QStringLiteral("<h2>") + esc(tr("Restore points")) + QStringLiteral("</h2>");
    rows.clear();
    for (const Models::RestorePoint &point : release.restorePoints)
        rows.append(row({esc(point.environment), esc(point.name), esc(point.lsn), esc(when(point.createdAt))}));
    if (rows.isEmpty())
        html += QStringLiteral("<p>") + esc(tr("No migration phase: no restore point was needed.")) + QStringLiteral("</p>");
    else
        html += table({esc(tr("Environment")), esc(tr("Name")), esc(tr("LSN")), esc(tr("Created"))}, rows);

    // Actions.
    html += QStringLiteral("<h2>") + esc(tr("Actions taken")) + QStringLiteral("</h2>");
    rows.clear();
    for (const Models::ReleaseAction &action : release.actions)
        rows.append(row({esc(when(action.at)), esc(action.action), esc(action.target), esc(action.by), esc(action.reason)}));
    html += table({esc(tr("Time")), esc(tr("Action")), esc(tr("Target")), esc(tr("By")), esc(tr("Reason"))}, rows);

    // Audit chain.
    html += QStringLiteral("<h2>") + esc(tr("Audit trail")) + QStringLiteral("</h2><p>");
    html += data.chain.intact()
                ? esc(tr("Audit chain verified: %1 records, intact.").arg(data.chain.rowsChecked))
                : esc(tr("Audit chain BROKEN: %1 records checked, %2 problems.").arg(data.chain.rowsChecked).arg(data.chain.breaks.size()));
    html += QStringLiteral("</p>");
    for (const Models::AuditChainBreak &problem : data.chain.breaks)
        html += QStringLiteral("<p>") + esc(problem.problem) + QStringLiteral("</p>");
    rows.clear();
    for (const Models::AuditEntry &entry : data.audit)
        rows.append(row({QString::number(entry.id), esc(when(entry.at)), esc(entry.actor), esc(entry.action)}));
    html += table({esc(tr("Record")), esc(tr("Time")), esc(tr("Actor")), esc(tr("Action"))}, rows);
    html += QStringLiteral("</body></html>");
    return html;
}

Models::Status ReleaseReport::writePdf(const ReleaseReportData &data, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Models::Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(tr("Release report: %1").arg(data.release.title));
        writer.setCreator(QStringLiteral("Gatehouse"));
        QTextDocument document;
        document.setHtml(html(data));
        document.print(&writer);
    }
    file.close();
    if (file.size() == 0)
        return Models::Status::failure(tr("The report %1 came out empty.").arg(path));
    return Models::Done{};
}

} // namespace Gatehouse::Services
