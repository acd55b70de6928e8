// `gatehouse audit verify [--database URL] [--password-ref REF]`: recomputes the control
// store's audit hash chains (one per stripe, checked with their heads) and prints every
// broken link with its row id. Exit codes: 0 intact, 1 broken, 2 usage, 3 not verified.

#include "app/commandsupport.h"
#include "app/headlesscommand.h"

#include "services/controlstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Gatehouse::App {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditCommand", text);
}

int runAudit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks the control store's tamper-evident audit log."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verify"), tr("Recompute the hash chain and name every broken row."));
    const StoreOptions storeOptions = addStoreOptions(parser);
    if (const auto done = parseSubcommand(parser, arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")}) {
        printTo(stderr, tr("Usage: gatehouse audit verify [--database URL]"));
        return 2;
    }

    Services::ControlStore store;
    if (const auto unreachable = connectStore(store, parser, storeOptions))
        return *unreachable;
    const auto result = waitFor(store.verifyAuditChain()).result();
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
