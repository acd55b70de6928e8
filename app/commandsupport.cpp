#include "commandsupport.h"

#include "services/estatediagnosticsformat.h"
#include "services/estateloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Gatehouse::App {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandSupport", text);
}

} // namespace

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stream);
    std::fflush(stream);
}

std::optional<int> parseSubcommand(QCommandLineParser &parser, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.size() >= 2)
        args.removeAt(1); // the subcommand's name
    if (!parser.parse(args)) {
        printTo(stderr, parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printTo(stdout, parser.helpText());
        return 0;
    }
    return std::nullopt;
}

StoreOptions addStoreOptions(QCommandLineParser &parser)
{
    StoreOptions options{
        QCommandLineOption(QStringLiteral("database"),
                           tr("Control store URL (postgresql://user@host:port/db); default: the embedded store."),
                           QStringLiteral("url")),
        QCommandLineOption(QStringLiteral("password-ref"),
                           tr("Keychain reference of the password (keychain:SERVICE/ACCOUNT)."),
                           QStringLiteral("ref")),
    };
    parser.addOptions({options.database, options.passwordRef});
    return options;
}

std::optional<int> connectStore(Services::ControlStore &store, const QCommandLineParser &parser,
                                const StoreOptions &options)
{
    Services::ControlStoreSettings settings;
    settings.url = parser.value(options.database);
    settings.passwordRef = parser.value(options.passwordRef);
    settings.requestTimeout = std::chrono::seconds(30);
    store.open(settings);
    const Models::Status connected = store.waitForConnection(std::chrono::seconds(30));
    if (!connected) {
        printTo(stderr, connected.error().message);
        return 3;
    }
    return std::nullopt;
}

Models::EstatePtr loadEstateOrExplain(const QString &folder)
{
    const Services::EstateLoadResult loaded = Services::EstateLoader::loadFolder(folder);
    if (loaded.hasErrors() || !loaded.estate) {
        printTo(stderr, Services::formatDiagnosticsText(loaded.diagnostics));
        printTo(stderr, tr("The estate has errors: fix them first (gatehouse validate)."));
        return nullptr;
    }
    return loaded.estate;
}

const Models::Environment *odooEnvironmentOrExplain(const Models::Estate &estate, const QString &name)
{
    const Models::Environment *env = estate.environment(name);
    if (!env) {
        printTo(stderr, tr("There is no environment \"%1\" in the estate.").arg(name));
        return nullptr;
    }
    if (env->odooDatabase.host.isEmpty()) {
        printTo(stderr, tr("%1: environment \"%2\" has no odooDatabase, so its Odoo database cannot be read.")
                            .arg(env->location.toString(), name));
        return nullptr;
    }
    return env;
}

} // namespace Gatehouse::App
