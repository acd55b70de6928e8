// `gatehouse contracts --estate DIR --environment E [--format text|json]`: checks every
// integration's data contract against the environment's Odoo database, the same check as
// the Contracts panel and the "contracts" gate. Exit 0 all hold, 1 a contract is broken,
// 2 bad input, 3 the database could not be read.

#include "headlesscommand.h"

#include "models/contractreport.h"
#include "services/contractchecker.h"
#include "services/estatediagnosticsformat.h"
#include "services/estateloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonDocument>

#include <cstdio>

namespace Gatehouse::App {

namespace {

struct ContractsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContractsCommand)
};

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stream);
    std::fflush(stream);
}

QString statusWord(Models::IntegrationContractResult::Status status)
{
    switch (status) {
    case Models::IntegrationContractResult::Status::Ok:
        return ContractsCommand::tr("ok");
    case Models::IntegrationContractResult::Status::Broken:
        return ContractsCommand::tr("BROKEN");
    case Models::IntegrationContractResult::Status::Unknown:
        break;
    }
    return ContractsCommand::tr("unknown");
}

int runContracts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ContractsCommand::tr("Checks every integration's data contract against an environment's Odoo database."));
    parser.addHelpOption();
    const QCommandLineOption estateOption(QStringLiteral("estate"), ContractsCommand::tr("The estate folder."),
                                          QStringLiteral("dir"));
    const QCommandLineOption environmentOption(QStringLiteral("environment"),
                                               ContractsCommand::tr("The environment whose database to check."),
                                               QStringLiteral("name"));
    const QCommandLineOption formatOption(QStringLiteral("format"), ContractsCommand::tr("text (default) or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption timeoutOption(QStringLiteral("connect-timeout"),
                                           ContractsCommand::tr("Seconds to wait for the database (default 5)."),
                                           QStringLiteral("seconds"), QStringLiteral("5"));
    const QCommandLineOption langOption(QStringLiteral("lang"), ContractsCommand::tr("Language of the output."),
                                        QStringLiteral("code"));
    parser.addOptions({estateOption, environmentOption, formatOption, timeoutOption, langOption});

    QStringList args = arguments;
    if (args.size() >= 2)
        args.removeAt(1);
    if (!parser.parse(args)) {
        printTo(stderr, parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printTo(stdout, parser.helpText());
        return 0;
    }
    const QString format = parser.value(formatOption);
    bool timeoutOk = false;
    const int timeout = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(estateOption) || !parser.isSet(environmentOption)
        || (format != QLatin1String("text") && format != QLatin1String("json")) || !timeoutOk || timeout < 1) {
        printTo(stderr, ContractsCommand::tr("usage: gatehouse contracts --estate DIR --environment NAME "
                                             "[--format text|json] [--connect-timeout SECONDS]"));
        return 2;
    }

    const Services::EstateLoadResult loaded = Services::EstateLoader::loadFolder(parser.value(estateOption));
    if (loaded.hasErrors() || !loaded.estate) {
        printTo(stderr, Services::formatDiagnosticsText(loaded.diagnostics));
        printTo(stderr, ContractsCommand::tr("The estate has errors: fix them first (gatehouse validate)."));
        return 2;
    }
    const QString environment = parser.value(environmentOption);
    const Models::Environment *env = loaded.estate->environment(environment);
    if (!env) {
        printTo(stderr, ContractsCommand::tr("There is no environment \"%1\" in the estate.").arg(environment));
        return 2;
    }
    if (env->odooDatabase.host.isEmpty()) {
        printTo(stderr, ContractsCommand::tr("%1: environment \"%2\" has no odooDatabase: nothing to check.")
                            .arg(env->location.toString(), environment));
        return 2;
    }

    Services::ContractChecker checker;
    checker.setConnectTimeout(std::chrono::seconds(timeout));
    QFutureWatcher<Models::ContractReport> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(checker.check(loaded.estate, environment));
    if (!watcher.isFinished())
        loop.exec();
    if (watcher.future().resultCount() == 0) {
        printTo(stderr, ContractsCommand::tr("The check was cancelled."));
        return 3;
    }
    const Models::ContractReport report = watcher.future().result();

    if (format == QLatin1String("json")) {
        printTo(stdout, QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    } else {
        QString out = ContractsCommand::tr("Data contracts in %1 (%2):").arg(environment, report.source)
            + QLatin1Char('\n');
        for (const Models::IntegrationContractResult &r : report.integrations) {
            out += QStringLiteral("  %1  %2").arg(statusWord(r.status), -8).arg(r.integration);
            if (r.status == Models::IntegrationContractResult::Status::Broken)
                out += QStringLiteral(" — ")
                    + ContractsCommand::tr("%n breaking finding(s)", nullptr, r.breakingCount())
                          .replace(QLatin1String("(s)"), r.breakingCount() == 1 ? QString() : QStringLiteral("s"));
            out += QLatin1Char('\n');
        }
        out += report.toGateResult().summary;
        printTo(stdout, out);
        QString findings;
        for (const Models::IntegrationContractResult &r : report.integrations) {
            for (const Models::ContractFinding &f : r.findings) {
                const QString severity = f.isBreaking() ? ContractsCommand::tr("error") : ContractsCommand::tr("warning");
                findings += (f.location.isValid() ? f.location.toString() + QStringLiteral(": ") : QString())
                    + severity + QStringLiteral(": ") + r.integration + QStringLiteral(": ") + f.message
                    + QLatin1Char('\n');
            }
        }
        if (!report.isReachable())
            findings += ContractsCommand::tr("error: %1").arg(report.unreachableReason) + QLatin1Char('\n');
        if (!findings.isEmpty())
            printTo(stderr, findings);
    }

    if (!report.isReachable())
        return 3;
    return report.count(Models::IntegrationContractResult::Status::Broken) > 0 ? 1 : 0;
}

} // namespace

GATEHOUSE_HEADLESS_COMMAND(contracts,
                           QT_TRANSLATE_NOOP("HeadlessCommand",
                                             "Check the integrations' data contracts against an environment's Odoo "
                                             "database."),
                           runContracts);

} // namespace Gatehouse::App
