// `gatehouse drift --estate DIR --from staging --to production-eu [--scope NAMES]
// [--format text|json]`: Odoo module drift between two environments' databases. Modules a
// change touches (--scope: the integrations or workloads it changes) explain their drift.
// Exit 0 no unexplained drift, 1 drift listed, 2 bad input, 3 a database could not be read.

#include "headlesscommand.h"

#include "models/moduledrift.h"
#include "services/estatediagnosticsformat.h"
#include "services/estateloader.h"
#include "services/moduledriftchecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonDocument>

#include <cstdio>

namespace Gatehouse::App {

namespace {

struct DriftCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriftCommand)
};

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stream);
    std::fflush(stream);
}

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
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(estateOption) || !parser.isSet(fromOption)
        || !parser.isSet(toOption) || (format != QLatin1String("text") && format != QLatin1String("json"))
        || !timeoutOk || timeout < 1) {
        printTo(stderr, DriftCommand::tr("usage: gatehouse drift --estate DIR --from ENVIRONMENT --to ENVIRONMENT "
                                         "[--scope NAMES] [--format text|json] [--connect-timeout SECONDS]"));
        return 2;
    }

    const Services::EstateLoadResult loaded = Services::EstateLoader::loadFolder(parser.value(estateOption));
    if (loaded.hasErrors() || !loaded.estate) {
        printTo(stderr, Services::formatDiagnosticsText(loaded.diagnostics));
        printTo(stderr, DriftCommand::tr("The estate has errors: fix them first (gatehouse validate)."));
        return 2;
    }
    const QString from = parser.value(fromOption);
    const QString to = parser.value(toOption);
    for (const QString &name : {from, to}) {
        const Models::Environment *env = loaded.estate->environment(name);
        if (!env) {
            printTo(stderr, DriftCommand::tr("There is no environment \"%1\" in the estate.").arg(name));
            return 2;
        }
        if (env->odooDatabase.host.isEmpty()) {
            printTo(stderr, DriftCommand::tr("%1: environment \"%2\" has no odooDatabase: nothing to compare.")
                                .arg(env->location.toString(), name));
            return 2;
        }
    }
    QStringList integrations;
    QStringList workloads;
    for (const QString &name : parser.value(scopeOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (loaded.estate->integration(trimmed))
            integrations.append(trimmed);
        else if (!loaded.estate->integrationsOfWorkload(trimmed).isEmpty())
            workloads.append(trimmed);
        else {
            printTo(stderr, DriftCommand::tr("--scope: \"%1\" is neither an integration nor a workload of the estate.")
                                .arg(trimmed));
            return 2;
        }
    }
    const QSet<QString> explained = Models::ModuleDrift::modulesOfScope(*loaded.estate, integrations, workloads);

    Services::ModuleDriftChecker checker;
    checker.setConnectTimeout(std::chrono::seconds(timeout));
    QFutureWatcher<Models::ModuleDrift> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(checker.compare(loaded.estate, from, to, explained));
    if (!watcher.isFinished())
        loop.exec();
    if (watcher.future().resultCount() == 0) {
        printTo(stderr, DriftCommand::tr("The comparison was cancelled."));
        return 3;
    }
    const Models::ModuleDrift drift = watcher.future().result();

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
