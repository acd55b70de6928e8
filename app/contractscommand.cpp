// `gatehouse contracts --estate DIR --environment E [--format text|json]`: checks every
// integration's data contract against the environment's Odoo database, the same check as
// the Contracts panel and the "contracts" gate. Exit 0 all hold, 1 a contract is broken,
// 2 bad input, 3 the database could not be read.

#include "commandsupport.h"
#include "headlesscommand.h"

#include "models/contractreport.h"
#include "services/contractchecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace Gatehouse::App {

namespace {

struct ContractsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContractsCommand)
};

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

    if (const auto done = parseSubcommand(parser, arguments))
        return *done;
    const QString format = parser.value(formatOption);
    bool timeoutOk = false;
    const int timeout = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(estateOption) || !parser.isSet(environmentOption)
        || (format != QLatin1String("text") && format != QLatin1String("json")) || !timeoutOk || timeout < 1) {
        printTo(stderr, ContractsCommand::tr("usage: gatehouse contracts --estate DIR --environment NAME "
                                             "[--format text|json] [--connect-timeout SECONDS]"));
        return 2;
    }

    const Models::EstatePtr estate = loadEstateOrExplain(parser.value(estateOption));
    if (!estate)
        return 2;
    const QString environment = parser.value(environmentOption);
    if (!odooEnvironmentOrExplain(*estate, environment))
        return 2;

    Services::ContractChecker checker;
    checker.setConnectTimeout(std::chrono::seconds(timeout));
    const QFuture<Models::ContractReport> checked = waitFor(checker.check(estate, environment));
    if (checked.resultCount() == 0) {
        printTo(stderr, ContractsCommand::tr("The check was cancelled."));
        return 3;
    }
    const Models::ContractReport report = checked.result();

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
        else if (!report.baselineProblem.isEmpty())
            findings += ContractsCommand::tr("note: columns the contracts do not list were not compared with %1 for new "
                                             "NOT NULL columns: %2")
                            .arg(report.baseline, report.baselineProblem)
                + QLatin1Char('\n');
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
