#pragma once

class QString;

namespace Gatehouse::App {

/// `gatehouse validate DIR`: loads the estate in `folder` exactly as the
/// application does and prints every finding — as "file:line:column: error:
/// message" lines plus a summary on stderr, or as JSON on stdout. Needs only a
/// QCoreApplication. Returns the exit status: 0 valid, 1 invalid.
int runValidate(const QString &folder, bool json);

} // namespace Gatehouse::App
