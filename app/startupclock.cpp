#include "startupclock.h"

#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace Gatehouse::App {

namespace {

QElapsedTimer g_sinceMain;
qint64 g_beforeMainMs = 0; ///< time from exec to main(), when /proc tells it

qint64 processAgeMs()
{
    // Field 22 of /proc/self/stat is the start time in clock ticks since boot;
    // the command name (field 2) may contain spaces, so parse after its ')'.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(19).toLongLong(&ok);
    const long hz = sysconf(_SC_CLK_TCK);
    if (!ok || hz <= 0)
        return -1;
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / hz;
}

} // namespace

void StartupClock::start()
{
    g_sinceMain.start();
    const qint64 age = processAgeMs();
    g_beforeMainMs = age > 0 ? age : 0;
}

qint64 StartupClock::elapsedMs()
{
    return g_beforeMainMs + g_sinceMain.elapsed();
}

qint64 StartupClock::peakRssKib()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return usage.ru_maxrss; // KiB on Linux
}

} // namespace Gatehouse::App
