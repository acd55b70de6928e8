// `gatehouse policy status|apply --estate DIR [--database URL] [--password-ref REF]`:
// compares the estate's policy with the one applied to the control store, and applies
// it as a new version when the person logged in is an administrator.

#include "app/commandsupport.h"
#include "app/headlesscommand.h"

#include "services/controlstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Gatehouse::App {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PolicyCommand", text);
}

int runPolicy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Compares the estate's policy with the control store's and applies it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("status|apply"),
                                 tr("status: exit 1 when the applied policy is not the estate's. apply: apply it "
                                    "(administrators)."));
    const QCommandLineOption estateOption(QStringLiteral("estate"), tr("The estate folder."), QStringLiteral("DIR"));
    parser.addOption(estateOption);
    const StoreOptions storeOptions = addStoreOptions(parser);
    if (const auto done = parseSubcommand(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const bool apply = positional == QStringList{QStringLiteral("apply")};
    if ((!apply && positional != QStringList{QStringLiteral("status")}) || !parser.isSet(estateOption)) {
        printTo(stderr, tr("Usage: gatehouse policy status|apply --estate DIR [--database URL]"));
        return 2;
    }
    const Models::EstatePtr estate = loadEstateOrExplain(parser.value(estateOption));
    if (!estate)
        return 2;

    Services::ControlStore store;
    if (const auto unreachable = connectStore(store, parser, storeOptions))
        return *unreachable;
    const QByteArray document = Services::ControlStore::policyDocument(*estate);
    const auto result = waitFor(apply ? store.syncPolicy(document) : store.comparePolicy(document)).result();
    store.close();
    if (!result) {
        printTo(stderr, result.error().message);
        return 3;
    }
    const Services::PolicySync &sync = result.value();
    switch (sync.outcome) {
    case Services::PolicySync::Outcome::UpToDate:
        printTo(stdout, tr("The control store applies the estate's policy (version %1).").arg(sync.version));
        return 0;
    case Services::PolicySync::Outcome::Applied:
        printTo(stdout, tr("Applied the estate's policy as version %1 (was %2).").arg(sync.version).arg(sync.previousVersion));
        return 0;
    case Services::PolicySync::Outcome::OutOfDate:
        break;
    }
    printTo(stderr, sync.message);
    return 1;
}

} // namespace

GATEHOUSE_HEADLESS_COMMAND(policy,
                           QT_TRANSLATE_NOOP("HeadlessCommand", "Compare or apply the estate's policy to the control store"),
                           runPolicy);

} // namespace Gatehouse::App
