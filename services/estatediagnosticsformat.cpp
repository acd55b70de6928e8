#include "estatediagnosticsformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse::Services {

using Models::Diagnostic;

QString formatDiagnosticsText(const Models::Diagnostics &diagnostics)
{
    QString text;
    for (const Diagnostic &diagnostic : diagnostics)
        text += diagnostic.toString() + QLatin1Char('\n');
    return text;
}

QByteArray formatDiagnosticsJson(const Models::Diagnostics &diagnostics, const QStringList &files)
{
    QJsonArray items;
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &diagnostic : diagnostics) {
        const bool isError = diagnostic.severity == Diagnostic::Severity::Error;
        (isError ? errors : warnings) += 1;
        items.append(QJsonObject{
            {QStringLiteral("file"), diagnostic.location.file},
            {QStringLiteral("line"), diagnostic.location.line},
            {QStringLiteral("column"), diagnostic.location.column},
            {QStringLiteral("severity"), isError ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("message"), diagnostic.message},
        });
    }
    const QJsonObject root{
        {QStringLiteral("valid"), errors == 0}, {QStringLiteral("errors"), errors},
        {QStringLiteral("warnings"), warnings}, {QStringLiteral("files"), QJsonArray::fromStringList(files)},
        {QStringLiteral("diagnostics"), items},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Gatehouse::Services
