// `gatehouse gate --change ID --environment E [--format json]`: every gate of a change for
// an environment, with evidence; exit 0 only when all pass (or carry an authorised
// override) — the command a deployment pipeline calls.

#include "app/commandsupport.h"
#include "app/headlesscommand.h"

#include "models/conflictchecker.h"
#include "models/contractreport.h"
#include "models/gateevaluation.h"
#include "models/gateinputs.h"
#include "models/moduledrift.h"
#include "services/contractchecker.h"
#include "services/controlstore.h"
#include "services/moduledriftchecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse::App {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GateCommand", text);
}

template<typename T>
T await(const QFuture<T> &future)
{
    return waitFor(future).result();
}

// Gate results produced by other areas, handed in as a JSON array of
// {"gate", "outcome": "pass|fail|unknown", "summary", "evidence": [...], "source"}.
Models::Result<QList<Models::GateResult>> readEvidence(const QString &path, const QString &environment)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Models::Result<QList<Models::GateResult>>::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return Models::Result<QList<Models::GateResult>>::failure(tr("%1 is not a JSON array of gate results.").arg(path));
    QList<Models::GateResult> results;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        Models::GateResult result;
        result.gate = object.value(QStringLiteral("gate")).toString();
        const QString outcome = object.value(QStringLiteral("outcome")).toString();
        result.outcome = outcome == QLatin1String("pass")   ? Models::GateResult::Outcome::Pass
                         : outcome == QLatin1String("fail") ? Models::GateResult::Outcome::Fail
                                                            : Models::GateResult::Outcome::Unknown;
        result.summary = object.value(QStringLiteral("summary")).toString();
        for (const QJsonValue &line : object.value(QStringLiteral("evidence")).toArray())
            result.evidence.append(line.toString());
        result.source = object.value(QStringLiteral("source")).toString();
        result.environment = environment;
        result.evaluatedAt = QDateTime::fromString(object.value(QStringLiteral("evaluatedAt")).toString(), Qt::ISODateWithMs);
        if (!result.evaluatedAt.isValid())
            result.evaluatedAt = now;
        if (result.gate.isEmpty())
            return Models::Result<QList<Models::GateResult>>::failure(tr("%1: a gate result without \"gate\".").arg(path));
        results.append(result);
    }
    return results;
}

// The gates the estate lets this command evaluate itself, as Ui::GateSources does for
// the Changes area: the window against the calendar (with the store's other changes and
// this change's recorded freeze overrides), the contracts against the environment's Odoo
// database, the drift against the environment before it on the promotion path. A source
// that cannot be read gives its gate Unknown (never Pass).
QList<Models::GateResult> estateGates(Services::ControlStore &store, const Models::EstatePtr &estate,
                                      const Models::ChangeRequest &change, const QString &target, const QStringList &gates)
{
    QList<Models::GateResult> results;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (gates.contains(QLatin1String("window"))) {
        const auto listed = await(store.listChanges());
        const auto audit = await(store.auditLog(change.id));
        if (listed && audit) {
            Models::ConflictChecker checker(estate);
            checker.setOtherChanges(Models::ConflictChecker::scheduledWindows(listed.value()));
            checker.setFreezeOverrides(Models::ConflictChecker::freezeOverridesFromAudit(audit.value()));
            results.append(Models::GateInputs::window(checker, change, target, now));
        }
    }
    const auto scope = await(store.scope(change.id));
    if (gates.contains(QLatin1String("contracts"))) {
        Services::ContractChecker checker;
        const QFuture<Models::ContractReport> checked = waitFor(checker.check(estate, target));
        if (checked.resultCount() > 0)
            results.append(checked.result().toGateResult());
    }
    if (gates.contains(QLatin1String("drift"))) {
        const QString previous = estate->previousOnPromotionPath(target);
        if (previous.isEmpty()) {
            results.append(Models::GateInputs::driftOfFirstEnvironment(target, now));
        } else {
            QStringList workloads;
            if (scope) {
                for (const Models::WorkloadChange &workload : scope->workloads)
                    workloads.append(workload.name);
            }
            if (workloads.isEmpty())
                workloads = change.workloads;
            const QStringList integrations = scope && !scope->integrations.isEmpty() ? scope->integrations : change.integrations;
            QSet<QString> explained = Models::ModuleDrift::modulesOfScope(*estate, integrations, workloads);
            if (scope) {
                for (const Models::ModuleChange &module : scope->modules)
                    explained.insert(module.name);
            }
            Services::ModuleDriftChecker checker;
            const QFuture<Models::ModuleDrift> compared = waitFor(checker.compare(estate, previous, target, explained));
            if (compared.resultCount() > 0)
                results.append(compared.result().toGateResult());
        }
    }
    return results;
}

int runGate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Evaluates every gate of a change for an environment; exits 0 only when "
                                        "all pass or carry an authorised override."));
    parser.addHelpOption();
    const QCommandLineOption change(QStringLiteral("change"), tr("The change id."), QStringLiteral("id"));
    const QCommandLineOption environment(QStringLiteral("environment"), tr("The target environment."),
                                         QStringLiteral("name"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text (default) or json."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption evidence(QStringLiteral("evidence"),
                                      tr("JSON file with gate results of other areas (window, contracts, drift, backup, alerts)."),
                                      QStringLiteral("file"));
    const QCommandLineOption estateOption(
        QStringLiteral("estate"),
        tr("The estate folder: the environment's gates come from its policy, and the window (calendar), contracts and "
           "drift gates are evaluated here, as the Changes area does."),
        QStringLiteral("dir"));
    parser.addOptions({change, environment, format, evidence, estateOption});
    const StoreOptions storeOptions = addStoreOptions(parser);
    if (const auto done = parseSubcommand(parser, arguments))
        return *done;
    bool idOk = false;
    const qint64 changeId = parser.value(change).toLongLong(&idOk);
    const QString target = parser.value(environment).trimmed();
    const QString outputFormat = parser.value(format);
    if (!idOk || changeId <= 0 || target.isEmpty()
        || (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json"))) {
        printTo(stderr, tr("Usage: gatehouse gate --change ID --environment NAME [--estate DIR] [--evidence FILE] "
                           "[--format text|json] [--database URL]"));
        return 2;
    }
    Models::EstatePtr estate;
    if (parser.isSet(estateOption)) {
        estate = loadEstateOrExplain(parser.value(estateOption));
        if (!estate)
            return 2;
        if (!estate->environment(target)) {
            printTo(stderr, tr("--environment: the estate has no environment %1").arg(target));
            return 2;
        }
    }
    QList<Models::GateResult> external;
    if (parser.isSet(evidence)) {
        const auto read = readEvidence(parser.value(evidence), target);
        if (!read) {
            printTo(stderr, read.error().message);
            return 2;
        }
        external = read.value();
    }

    Services::ControlStore store;
    if (const auto unreachable = connectStore(store, parser, storeOptions))
        return *unreachable;
    const auto changeResult = await(store.change(changeId));
    if (!changeResult) {
        printTo(stderr, changeResult.error().message);
        return changeResult.error().message.contains(QLatin1String("does not exist")) ? 2 : 3;
    }
    const QStringList gates = estate ? Models::GateInputs::gatesFor(*estate, target) : Models::GateEvaluation::defaultGates();
    Models::GateEvaluation evaluation(changeResult.value(), target, gates);
    if (estate) {
        for (const Models::GateResult &result : estateGates(store, estate, changeResult.value(), target, gates))
            evaluation.setResult(result);
    }
    // Results handed in by the pipeline come last: they replace what was evaluated here.
    for (const Models::GateResult &result : external)
        evaluation.setResult(result);
    // Each store-backed input that cannot be read stays Unknown (never Pass).
    if (const auto approvals = await(store.approvals(changeId)))
        evaluation.setApprovals(approvals.value());
    if (const auto overrides = await(store.gateOverrides(changeId)))
        evaluation.setOverrides(overrides.value());
    const auto scope = await(store.scope(changeId));
    if (scope)
        evaluation.setScope(scope.value());
    const auto policy = await(store.currentPolicy());
    if (policy && policy->first > 0) {
        QStringList staging;
        const QJsonObject environments =
            QJsonDocument::fromJson(policy->second).object().value(QStringLiteral("environments")).toObject();
        for (auto it = environments.constBegin(); it != environments.constEnd(); ++it) {
            if (it.value().toString() == QLatin1String("staging"))
                staging.append(it.key());
        }
        if (!staging.isEmpty()) {
            if (const auto completed = await(store.completedArtifacts(staging)))
                evaluation.setStagingEvidence(staging, completed.value());
        }
    }
    const Models::GateReport report = evaluation.evaluate(QDateTime::currentDateTimeUtc());
    store.close();
    if (outputFormat == QLatin1String("json"))
        printTo(stdout, QString::fromUtf8(report.toJson()));
    else
        printTo(stdout, report.toText());
    return report.allowed ? 0 : 1;
}

} // namespace

GATEHOUSE_HEADLESS_COMMAND(gate, QT_TRANSLATE_NOOP("HeadlessCommand", "Check every gate of a change for an environment"),
                           runGate);

} // namespace Gatehouse::App
