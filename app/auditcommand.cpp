// `gatehouse audit verify [--database URL] [--password-ref REF]`: recomputes the control
// store's audit hash chain and prints every broken link with its row id.

#include "app/headlesscommand.h"

#include "services/controlstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QEventLoop>

#include <cstdio>

namespace Gatehouse::App {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditCommand", text);
}

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
}

template<typename T>
void wait(const QFuture<T> &future)
{
    if (future.isFinished())
        return;
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
}

int runAudit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks the control store's tamper-evident audit log."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verify"), tr("Recompute the hash chain and name every broken row."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("Control store URL (postgresql://user@host:port/db); default: the embedded store."),
                                      QStringLiteral("url"));
    const QCommandLineOption passwordRef(QStringLiteral("password-ref"),
                                         tr("Keychain reference of the password (keychain:SERVICE/ACCOUNT)."),
                                         QStringLiteral("ref"));
    parser.addOption(database);
    parser.addOption(passwordRef);
    QStringList args = arguments;
    if (args.size() >= 2)
        args.removeAt(1); // the subcommand name
    if (!parser.parse(args)) {
        printTo(stderr, parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printTo(stdout, parser.helpText());
        return 0;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")}) {
        printTo(stderr, tr("Usage: gatehouse audit verify [--database URL]"));
        return 2;
    }

    Services::ControlStore store;
    Services::ControlStoreSettings settings;
    settings.url = parser.value(database);
    settings.passwordRef = parser.value(passwordRef);
    settings.requestTimeout = std::chrono::seconds(30);
    store.open(settings);
    const Models::Status connected = store.waitForConnection(std::chrono::seconds(30));
    if (!connected) {
        printTo(stderr, connected.error().message);
        return 3;
    }
    auto future = store.verifyAuditChain();
    wait(future);
    const auto result = future.result();
    store.close();
    if (!result) {
        printTo(stderr, result.error().message);
        return 3;
    }
    const Models::AuditChainReport &report = result.value();
    for (const Models::AuditChainBreak &broken : report.breaks)
        printTo(stdout, tr("row %1: %2").arg(broken.rowId).arg(broken.problem));
    if (report.intact()) {
        printTo(stdout, tr("Audit chain intact: %1 rows verified.").arg(report.rowsChecked));
        return 0;
    }
    printTo(stderr, tr("Audit chain broken: %1 problem(s) in %2 rows.").arg(report.breaks.size()).arg(report.rowsChecked));
    return 1;
}

} // namespace

GATEHOUSE_HEADLESS_COMMAND(audit, QT_TRANSLATE_NOOP("HeadlessCommand", "Verify the control store's audit chain"),
                           runAudit);

} // namespace Gatehouse::App
