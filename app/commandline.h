#pragma once

#include <QString>
#include <QStringList>

namespace Gatehouse::App {

/// What the user asked for on the command line. Parsed without any
/// QCoreApplication, so a headless subcommand never touches a display.
struct CommandLine
{
    enum class Mode {
        Gui,      ///< open the main window
        Validate, ///< `gatehouse validate DIR [--format text|json]`
        Version,  ///< `--version`
        Help,     ///< `--help`
        Error,    ///< bad usage: print `error` and `helpText` to stderr, exit 2
    };
    Mode mode = Mode::Gui;

    // GUI options
    QString estateFolder;
    QString databaseUrl;
    QString language;
    bool exitAfterFirstFrame = false;

    // validate
    QString validateFolder;
    bool json = false;

    QString error;    ///< for Mode::Error
    QString helpText; ///< usage text for Help and Error
};

/// Parses `arguments` (argv, program name first).
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace Gatehouse::App
