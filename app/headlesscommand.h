#pragma once

#include <QStringList>

namespace Gatehouse::App {

/// A headless subcommand (`gatehouse calendar …`, `gatehouse contracts …`): runs with
/// only a QCoreApplication (translations installed), reads its own options from
/// `arguments` (the whole command line: program, subcommand name, options…), prints
/// results to stdout and findings/errors to stderr, and returns the exit status:
/// 0 ok, 1 check failed, 2 bad input or usage, 3 a service unreachable.
struct HeadlessCommand
{
    const char *name;
    /// One line for `gatehouse --help`, translated in the "HeadlessCommand" context.
    const char *summary;
    int (*run)(const QStringList &arguments);
};

/// Registers a command at static-initialisation time; the executable links every
/// object of app/, so a command file only has to exist to be available.
class HeadlessCommandRegistration
{
public:
    explicit HeadlessCommandRegistration(const HeadlessCommand &command);
};

/// The registered command called `name`, or nullptr.
const HeadlessCommand *findHeadlessCommand(const QString &name);
/// All registered commands, sorted by name.
QList<HeadlessCommand> headlessCommands();

} // namespace Gatehouse::App

/// In a command's .cpp: GATEHOUSE_HEADLESS_COMMAND(calendar, QT_TRANSLATE_NOOP("HeadlessCommand", "…"), runCalendar)
#define GATEHOUSE_HEADLESS_COMMAND(identifier, summaryText, function)                                                 \
    static const ::Gatehouse::App::HeadlessCommandRegistration gatehouseHeadlessCommand_##identifier(                \
        ::Gatehouse::App::HeadlessCommand{#identifier, summaryText, function})
