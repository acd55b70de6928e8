#pragma once

#include <QString>

namespace Gatehouse::Models {

/// Finishes an English "%n item(s)" / "%n process(es)" text for `n` when no
/// translation replaced it (Qt leaves the source text as written). Translated
/// texts carry their own plural forms and pass through unchanged.
inline QString plural(QString text, int n)
{
    text.replace(QLatin1String("(es)"), n == 1 ? QString() : QStringLiteral("es"));
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

} // namespace Gatehouse::Models
