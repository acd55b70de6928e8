#include "commandline.h"
#include "headlesscommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace Gatehouse::App {

namespace {

// lupdate files the tr("…") calls below under the enclosing namespace, so the
// runtime context must be the same for the translations to be found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Gatehouse::App", text);
}

/// The registered headless subcommands, one line each; `gatehouse COMMAND --help` has the details.
QString commandsHelp()
{
    const QList<HeadlessCommand> commands = headlessCommands();
    if (commands.isEmpty())
        return {};
    QString text = QLatin1Char('\n') + tr("Other commands (gatehouse COMMAND --help for details):") + QLatin1Char('\n');
    for (const HeadlessCommand &command : commands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(22),
                         QCoreApplication::translate("HeadlessCommand", command.summary));
    }
    return text;
}

QString usage()
{
    return tr("Usage:\n"
              "  gatehouse [--estate DIR] [--database URL] [--lang CODE] [--exit-after-first-frame]\n"
              "  gatehouse validate DIR [--format text|json]\n"
              "  gatehouse --version | --help\n"
              "\n"
              "Release control-center for Odoo-based distribution businesses.\n"
              "\n"
              "Options:\n"
              "  --estate DIR              open the estate in DIR (default: the last one)\n"
              "  --database URL            use the PostgreSQL control store at URL\n"
              "                            (postgresql://user@host:port/db; the password comes\n"
              "                            from the keychain) instead of the embedded one\n"
              "  --lang CODE               user interface language (en, de, fr)\n"
              "  --exit-after-first-frame  print start-up figures and exit after the first frame\n"
              "  --version                 print the version and exit\n"
              "  --help                    print this help and exit\n"
              "\n"
              "validate DIR:\n"
              "  checks every YAML file of the estate in DIR and prints each problem as\n"
              "  file:line:column: error: message. Exit status: 0 valid, 1 invalid, 2 bad usage.\n"
              "  --format text|json        output format (default text; json goes to stdout)\n")
        + commandsHelp();
}

CommandLine fail(const QString &message)
{
    CommandLine result;
    result.mode = CommandLine::Mode::Error;
    result.error = message;
    result.helpText = usage();
    return result;
}

CommandLine parseValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format."), QStringLiteral("format"),
                                    QStringLiteral("text"));
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")});
    parser.addOption(format);
    parser.addOption(help);
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Estate folder."));
    // arguments: program, "validate", rest…
    QStringList forParser = arguments;
    forParser.removeAt(1);
    if (!parser.parse(forParser))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        CommandLine result;
        result.mode = CommandLine::Mode::Help;
        result.helpText = usage();
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(tr("validate: missing the estate folder (DIR)."));
    if (positional.size() > 1)
        return fail(tr("validate: expected one folder, got %1.").arg(positional.size()));
    const QString kind = parser.value(format);
    if (kind != QLatin1String("text") && kind != QLatin1String("json"))
        return fail(tr("validate: unknown format \"%1\" (expected text or json).").arg(kind));
    const QFileInfo info(positional.constFirst());
    if (!info.exists())
        return fail(tr("validate: %1 does not exist.").arg(positional.constFirst()));
    if (!info.isDir())
        return fail(tr("validate: %1 is not a folder.").arg(positional.constFirst()));

    CommandLine result;
    result.mode = CommandLine::Mode::Validate;
    result.validateFolder = info.absoluteFilePath();
    result.json = kind == QLatin1String("json");
    return result;
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("validate"))
        return parseValidate(arguments);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption estate(QStringLiteral("estate"), {}, QStringLiteral("DIR"));
    const QCommandLineOption database(QStringLiteral("database"), {}, QStringLiteral("URL"));
    const QCommandLineOption lang(QStringLiteral("lang"), {}, QStringLiteral("CODE"));
    const QCommandLineOption firstFrame(QStringLiteral("exit-after-first-frame"));
    const QCommandLineOption version(QStringList{QStringLiteral("version"), QStringLiteral("v")});
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")});
    for (const auto &option : {estate, database, lang, firstFrame, version, help})
        parser.addOption(option);
    // Options QGuiApplication itself understands; it removes them before we see
    // the rest, but they must not count as unknown here.
    for (const char *name : {"platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
                             "qwindowtitle", "qwindowicon", "style", "stylesheet", "display", "geometry"}) {
        QCommandLineOption qtOption(QString::fromLatin1(name), {}, QStringLiteral("value"));
        qtOption.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtOption);
    }
    for (const char *name : {"reverse", "widgetcount", "nograb", "dograb", "sync"}) {
        QCommandLineOption qtFlag(QString::fromLatin1(name));
        qtFlag.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtFlag);
    }
    // The language counts for --help and usage errors too (main() parses again once
    // the translation is installed).
    const bool parsed = parser.parse(arguments);
    const QString language = parser.value(lang);
    if (!parsed) {
        CommandLine failed = fail(parser.errorText());
        failed.language = language;
        return failed;
    }

    CommandLine result;
    result.language = language;
    result.helpText = usage();
    if (parser.isSet(help)) {
        result.mode = CommandLine::Mode::Help;
        return result;
    }
    if (parser.isSet(version)) {
        result.mode = CommandLine::Mode::Version;
        return result;
    }
    auto failWithLanguage = [&](const QString &message) {
        CommandLine failed = fail(message);
        failed.language = language;
        return failed;
    };
    if (!parser.positionalArguments().isEmpty())
        return failWithLanguage(tr("Unknown command \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(estate)) {
        const QFileInfo info(parser.value(estate));
        if (!info.isDir())
            return failWithLanguage(tr("--estate: %1 is not a folder.").arg(parser.value(estate)));
        result.estateFolder = info.absoluteFilePath();
    }
    result.databaseUrl = parser.value(database);
    result.exitAfterFirstFrame = parser.isSet(firstFrame);
    result.mode = CommandLine::Mode::Gui;
    return result;
}

} // namespace Gatehouse::App
