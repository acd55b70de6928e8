#pragma once

#include <QString>

namespace Gatehouse::App {

/// Sends every Qt log message to `AppDataLocation/logs/gatehouse.log` (appended,
/// with time, level and category) as well as to stderr. Messages are written as
/// they come; services make sure none carries a secret. Call once, on the main
/// thread, after the application object exists. Returns the log file's path, or
/// an empty string when it cannot be opened (logging then goes to stderr only).
QString installLogFile();

} // namespace Gatehouse::App
