#include "validatecommand.h"

#include "services/estatediagnosticsformat.h"
#include "services/estateloader.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <cstdio>

namespace Gatehouse::App {

namespace {

// Without a loaded translation Qt returns the English source with "(s)" left in;
// English plurals are regular enough to finish here.
QString plural(const char *source, int n)
{
    QString text = QCoreApplication::translate("Validate", source, nullptr, n);
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

} // namespace

int runValidate(const QString &folder, bool json)
{
    const Services::EstateLoadResult result = Services::EstateLoader::loadFolder(folder);
    if (json) {
        const QByteArray out = Services::formatDiagnosticsJson(result.diagnostics, result.files);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        if (!out.endsWith('\n'))
            std::fputc('\n', stdout);
        std::fflush(stdout);
        return result.hasErrors() ? 1 : 0;
    }

    const QByteArray lines = Services::formatDiagnosticsText(result.diagnostics).toUtf8();
    std::fwrite(lines.constData(), 1, size_t(lines.size()), stderr);

    int errors = 0;
    int warnings = 0;
    QSet<QString> filesWithErrors;
    for (const Models::Diagnostic &d : result.diagnostics) {
        if (d.severity == Models::Diagnostic::Severity::Error) {
            ++errors;
            filesWithErrors.insert(d.location.file);
        } else {
            ++warnings;
        }
    }
    if (errors > 0) {
        const QString summary = plural(QT_TRANSLATE_N_NOOP("Validate", "%n error(s)"), errors) + QLatin1Char(' ')
            + plural(QT_TRANSLATE_N_NOOP("Validate", "in %n file(s)"), int(filesWithErrors.size()));
        std::fprintf(stderr, "%s\n", summary.toLocal8Bit().constData());
        return 1;
    }
    const QString summary =
        plural(QT_TRANSLATE_N_NOOP("Validate", "%1: valid — %n file(s) checked"), int(result.files.size())).arg(folder)
        + QStringLiteral(", ") + plural(QT_TRANSLATE_N_NOOP("Validate", "%n warning(s)"), warnings);
    std::fprintf(stdout, "%s\n", summary.toLocal8Bit().constData());
    return 0;
}

} // namespace Gatehouse::App
