#pragma once

#include <QtGlobal>

namespace Gatehouse::App {

/// Milliseconds since this process was started by the kernel (from
/// /proc/self/stat, so library loading before main() counts), falling back
/// to the time since StartupClock::start() where /proc is unavailable.
class StartupClock
{
public:
    /// Call first thing in main().
    static void start();
    static qint64 elapsedMs();
    /// Peak resident set size in KiB (getrusage).
    static qint64 peakRssKib();
};

} // namespace Gatehouse::App
