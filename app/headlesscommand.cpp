#include "headlesscommand.h"

#include <algorithm>

namespace Gatehouse::App {

namespace {
// Function-local so registration order across translation units does not matter.
QList<HeadlessCommand> &registry()
{
    static QList<HeadlessCommand> commands;
    return commands;
}
} // namespace

HeadlessCommandRegistration::HeadlessCommandRegistration(const HeadlessCommand &command)
{
    registry().append(command);
}

const HeadlessCommand *findHeadlessCommand(const QString &name)
{
    for (const HeadlessCommand &command : registry()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QList<HeadlessCommand> headlessCommands()
{
    QList<HeadlessCommand> sorted = registry();
    std::sort(sorted.begin(), sorted.end(), [](const HeadlessCommand &a, const HeadlessCommand &b) {
        return qstrcmp(a.name, b.name) < 0;
    });
    return sorted;
}

} // namespace Gatehouse::App
