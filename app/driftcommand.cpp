// `gatehouse drift --estate DIR --from staging --to production-eu [--scope NAMES]
// [--format text|json]`: Odoo module drift between two environments' databases. Modules a
// change touches (--scope: the integrations or workloads it changes) explain their drift.
// Exit 0 no unexplained drift, 1 drift listed, 2 bad input, 3 a database could not be read.

#include "commandsupport.h"
#include "headlesscommand.h"

#include "models/moduledrift.h"
#include "services/moduledriftchecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace Gatehouse::App {

namespace {

struct DriftCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriftCommand)
};

QString kindWord(Models::ModuleDifference::Kind kind)
{
    switch (kind) {
    case Models::ModuleDifference::Kind::Missing:
        return DriftCommand::tr("missing");
    case Models::ModuleDifference::Kind::Extra:
        return DriftCommand::tr("extra");
    case Models::ModuleDifference::Kind::VersionDiffers:
        break;
    }
    return DriftCommand::tr("version");
}

int runDrift(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DriftCommand::tr("Odoo module drift between two environments."));
    parser.addHelpOption();
    const QCommandLineOption estateOption(QStringLiteral("estate"), DriftCommand::tr("The estate folder."),
                                          QStringLiteral("dir"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        DriftCommand::tr("The environment a change is promoted from."),
                                        QStringLiteral("name"));
    const QCommandLineOption toOption(QStringLiteral("to"), DriftCommand::tr("The environment it is promoted to."),
                                      QStringLiteral("name"));
    const QCommandLineOption scopeOption(
        QStringLiteral("scope"),
        DriftCommand::tr("Comma-separated integrations or workloads the change touches: their modules' drift is "
                         "expected."),
        QStringLiteral("names"));
    const QCommandLineOption formatOption(QStringLiteral("format"), DriftCommand::tr("text (default) or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption timeoutOption(QStringLiteral("connect-timeout"),
                                           DriftCommand::tr("Seconds to wait for each database (default 5)."),
                                           QStringLiteral("seconds"), QStringLiteral("5"));
    const QCommandLineOption langOption(QStringLiteral("lang"), DriftCommand::tr("Language of the output."),
                                        QStringLiteral("code"));
    parser.addOptions({estateOption, fromOption, toOption, scopeOption, formatOption, timeoutOption, langOption});

    if (const auto done = parseSubcommand(parser, arguments))
        return *done;
    const QString format = parser.value(formatOption);
    bool timeoutOk = false;
    const int timeout = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(estateOption) || !parser.isSet(fromOption)
        || !parser.isSet(toOption) || (format != QLatin1String("text") && format != QLatin1String("json"))
        || !timeoutOk || timeout < 1) {
        printTo(stderr, DriftCommand::tr("usage: gatehouse drift --estate DIR --from ENVIRONMENT --to ENVIRONMENT "
                                         "[--scope NAMES] [--format text|json] [--connect-timeout SECONDS]"));
        return 2;
    }

    const Models::EstatePtr estate = loadEstateOrExplain(parser.value(estateOption));
    if (!estate)
        return 2;
    const QString from = parser.value(fromOption);
    const QString to = parser.value(toOption);
    for (const QString &name : {from, to}) {
        if (!odooEnvironmentOrExplain(*estate, name))
            return 2;
    }
    QStringList integrations;
    QStringList workloads;
    for (const QString &name : parser.value(scopeOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (estate->integration(trimmed))
            integrations.append(trimmed);
        else if (!estate->integrationsOfWorkload(trimmed).isEmpty())
            workloads.append(trimmed);
        else {
            printTo(stderr, DriftCommand::tr("--scope: \"%1\" is neither an integration nor a workload of the estate.")
                                .arg(trimmed));
            return 2;
        }
    }
    const QSet<QString> explained = Models::ModuleDrift::modulesOfScope(*estate, integrations, workloads);

    Services::ModuleDriftChecker checker;
    checker.setConnectTimeout(std::chrono::seconds(timeout));
    const QFuture<Models::ModuleDrift> compared = waitFor(checker.compare(estate, from, to, explained));
    if (compared.resultCount() == 0) {
        printTo(stderr, DriftCommand::tr("The comparison was cancelled."));
        return 3;
    }
    const Models::ModuleDrift drift = compared.result();

    if (format == QLatin1String("json")) {
        printTo(stdout, QString::fromUtf8(QJsonDocument(drift.toJson()).toJson(QJsonDocument::Indented)));
    } else if (drift.isReachable()) {
        QString out = DriftCommand::tr("Odoo modules, %1 (Odoo %2) → %3 (Odoo %4):")
                          .arg(from, drift.fromOdooVersion, to, drift.toOdooVersion)
            + QLatin1Char('\n');
        for (const Models::ModuleDifference &d : drift.differences) {
            out += QStringLiteral("  %1  %2").arg(kindWord(d.kind), -8).arg(d.message);
            if (d.explained)
                out += QLatin1Char(' ') + DriftCommand::tr("(explained by the change)");
            out += QLatin1Char('\n');
        }
        out += drift.toGateResult().summary;
        printTo(stdout, out);
    }
    if (!drift.isReachable()) {
        printTo(stderr, DriftCommand::tr("error: %1").arg(drift.unreachableReason));
        return 3;
    }
    return drift.unexplainedCount() > 0 ? 1 : 0;
}

} // namespace

GATEHOUSE_HEADLESS_COMMAND(drift,
                           QT_TRANSLATE_NOOP("HeadlessCommand",
                                             "Compare the Odoo modules of two environments' databases."),
                           runDrift);

} // namespace Gatehouse::App
