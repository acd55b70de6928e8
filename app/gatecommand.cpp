// `gatehouse gate --change ID --environment E [--estate DIR] [--timeout S] [--format json]`:
// every gate of a change for an environment, with evidence; exit 0 only when all pass (or
// carry an authorised override) — the command a deployment pipeline calls. With an estate
// it gathers its own evidence, as the desktop does: calendar, Odoo databases, and one poll
// of the environment's Prometheus, Alertmanager and database for backup, alerts and health.

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
#include "services/secretstore.h"
#include "ui/environmentshealthpoller.h"
#include "ui/environmentsoverviewmodel.h"
#include "ui/gatesources.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <chrono>

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

// Waits in a local event loop until `future` finishes or `timeout` passes; false on the timeout.
template<typename T>
bool waitAtMost(const QFuture<T> &future, std::chrono::milliseconds timeout)
{
    if (future.isFinished())
        return true;
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.isFinished();
}

// The "backup", "alerts" and "health" gates of `target` (those of `wanted`), judged as
// the Environments area judges them: one poll of the sources the estate names for the
// environment (its Prometheus, Alertmanager and Odoo database) by the same poller into
// the same overview model, turned into gates by the same GateSources functions the
// Changes area uses, so a pipeline and the UI never disagree. Bounded by `timeout`: a
// source that has not answered by then is named in the evidence and its gate is Unknown.
QList<Models::GateResult> healthGates(const Models::EstatePtr &estate, const QString &target, const QStringList &wanted,
                                      std::chrono::seconds timeout)
{
    const Models::Environment *environment = estate->environment(target);
    if (!environment || wanted.isEmpty())
        return {};
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    auto remaining = [deadline] {
        return std::max(std::chrono::milliseconds(0), std::chrono::duration_cast<std::chrono::milliseconds>(
                                                          deadline - std::chrono::steady_clock::now()));
    };

    // Only the asked environment is polled: an estate copy holding just that one (the
    // poller then builds no client for any other environment's sources).
    auto restricted = std::make_shared<Models::Estate>(*estate);
    restricted->environments = {*environment};
    restricted->index();

    Services::SecretStore secrets;
    // The poller asks the database without a password when the keychain cannot give it
    // (the server may not need one); the gate says so instead of leaving a bare
    // authentication failure. Prometheus and Alertmanager name a keychain failure in
    // their own source state.
    QString keychainNote;
    const QString passwordRef = environment->odooDatabase.name.isEmpty() ? QString()
                                                                        : environment->odooDatabase.passwordRef;
    if (!passwordRef.isEmpty()) {
        const QFuture<Models::Result<QString>> read = secrets.readPassword(passwordRef);
        if (!waitAtMost(read, remaining()) || read.resultCount() == 0)
            keychainNote = tr("The keychain did not answer for the database password %1; the database was asked without it.")
                               .arg(passwordRef);
        else if (!read.result())
            keychainNote = tr("The database password %1 could not be read from the keychain (%2); the database was "
                              "asked without it.")
                               .arg(passwordRef, read.result().error().message);
    }

    Ui::EnvironmentsOverviewModel overview;
    Ui::EnvironmentsHealthPoller poller(&overview);
    poller.setSecretStore(&secrets);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&poller, &Ui::EnvironmentsHealthPoller::pollFinished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    // setEstate() polls at once (and may finish at once when nothing is configured).
    poller.setEstate(restricted);
    poller.setPollInterval(std::chrono::milliseconds(0));
    {
        using Model = Ui::EnvironmentsOverviewModel;
        // No Kubernetes client here: the pods take no part, and the health gate says so.
        Model::Aspect pods;
        pods.level = Model::Level::NotConfigured;
        pods.sourceName = QStringLiteral("Kubernetes");
        overview.setAspect(target, Model::PodsColumn, pods);
        // Each process asks once, so a source that fails leaves its cells as they were
        // before any answer: name the source there, or the evidence could not say whose
        // failure it is. A configured cell still without its source's name is such a cell.
        const int row = overview.rowOfEnvironment(target);
        auto name = [&](Model::Column column, const QString &sourceName) {
            Model::Aspect aspect = overview.aspect(row, column);
            if (aspect.level != Model::Level::NotConfigured && aspect.sourceName.isEmpty()) {
                aspect.sourceName = sourceName;
                overview.setAspect(target, column, aspect);
            }
        };
        for (Model::Column column : {Model::RedisColumn, Model::IngressColumn, Model::QueuesColumn,
                                     Model::IntegrationsColumn, Model::BackupsColumn})
            name(column, QStringLiteral("Prometheus"));
        name(Model::AlertsColumn, QStringLiteral("Alertmanager"));
        name(Model::PostgresColumn, QStringLiteral("PostgreSQL"));
    }
    if (!finished) {
        QTimer::singleShot(remaining(), &loop, &QEventLoop::quit);
        loop.exec();
    }

    QList<Models::GateResult> results =
        Ui::GateSources::overviewGates(overview, target, wanted, QDateTime::currentDateTimeUtc());
    // Sources still silent at the deadline, by the gate they feed.
    using Status = Models::SourceState::Status;
    QStringList silentPrometheus;
    QStringList silentAlertmanager;
    QStringList silentDatabase;
    if (!finished) {
        const QString seconds = QString::number(timeout.count());
        const QUrl::FormattingOptions bare = QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment;
        if (poller.prometheusFor(target) && poller.prometheusState(target).status == Status::Unknown)
            silentPrometheus << tr("Prometheus at %1 did not answer within %2 s.")
                                    .arg(environment->prometheusUrl.toString(bare), seconds);
        if (poller.alertmanagerFor(target) && poller.alertmanagerState(target).status == Status::Unknown)
            silentAlertmanager << tr("Alertmanager at %1 did not answer within %2 s.")
                                      .arg(environment->alertmanagerUrl.toString(bare), seconds);
        if (!environment->odooDatabase.name.isEmpty() && poller.databaseState(target).status == Status::Unknown)
            silentDatabase << tr("The Odoo database %1 on %2:%3 did not answer within %4 s.")
                                  .arg(environment->odooDatabase.name, environment->odooDatabase.host)
                                  .arg(environment->odooDatabase.port)
                                  .arg(seconds);
    }
    for (Models::GateResult &result : results) {
        QStringList notes;
        if (result.gate == QLatin1String("backup"))
            notes = silentPrometheus;
        else if (result.gate == QLatin1String("alerts"))
            notes = silentAlertmanager;
        else if (result.gate == QLatin1String("health")) {
            notes = silentPrometheus + silentAlertmanager + silentDatabase;
            notes << tr("Application pods are not checked by gatehouse gate (the Environments area watches them).");
            if (!keychainNote.isEmpty())
                notes << keychainNote;
        }
        result.evidence += notes;
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
    const QCommandLineOption evidence(
        QStringLiteral("evidence"),
        tr("JSON file with gate results of other areas (window, contracts, drift, backup, alerts, health). Such a "
           "gate given here takes precedence over the one evaluated here; backup, alerts and health given here are "
           "not polled."),
        QStringLiteral("file"));
    const QCommandLineOption estateOption(
        QStringLiteral("estate"),
        tr("The estate folder: the environment's gates come from its policy; the window (calendar), contracts and "
           "drift gates are evaluated here, and backup, alerts and health are judged from one poll of the "
           "environment's Prometheus, Alertmanager and Odoo database, as the Changes area does. A source that does "
           "not answer leaves its gate unknown."),
        QStringLiteral("dir"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        tr("Seconds to wait for the environment's Prometheus, Alertmanager and Odoo database (default 20); a "
           "source without an answer by then leaves its gate unknown."),
        QStringLiteral("seconds"), QStringLiteral("20"));
    parser.addOptions({change, environment, format, evidence, estateOption, timeoutOption});
    const StoreOptions storeOptions = addStoreOptions(parser);
    if (const auto done = parseSubcommand(parser, arguments))
        return *done;
    bool idOk = false;
    const qint64 changeId = parser.value(change).toLongLong(&idOk);
    const QString target = parser.value(environment).trimmed();
    const QString outputFormat = parser.value(format);
    bool timeoutOk = false;
    const int timeoutSeconds = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!idOk || changeId <= 0 || target.isEmpty() || !timeoutOk || timeoutSeconds <= 0
        || (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json"))) {
        printTo(stderr, tr("Usage: gatehouse gate --change ID --environment NAME [--estate DIR] [--evidence FILE] "
                           "[--timeout SECONDS] [--format text|json] [--database URL]"));
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
        QStringList polled;
        for (const QString &gate : {QStringLiteral("backup"), QStringLiteral("alerts"), QStringLiteral("health")}) {
            const bool supplied = std::any_of(external.cbegin(), external.cend(),
                                              [&gate](const Models::GateResult &result) { return result.gate == gate; });
            if (gates.contains(gate) && !supplied)
                polled.append(gate);
        }
        for (const Models::GateResult &result :
             healthGates(estate, target, polled, std::chrono::seconds(timeoutSeconds)))
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
