#pragma once

// What the model tests on the demo estate share: the estate itself (loaded once), UTC
// instants written as ISO text, and comma-separated name lists.

#include "models/estate.h"
#include "services/estateloader.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Gatehouse::Tests {

/// "2027-01-04T22:00:00" as a UTC instant.
inline QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

/// resources/demo-estate, loaded on first use (null when it does not load).
inline Models::EstatePtr demoEstate()
{
    static const Models::EstatePtr estate =
        Services::EstateLoader::loadFolder(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate")).estate;
    return estate;
}

/// "a,b,c" as {"a", "b", "c"}.
inline QStringList names(const char *csv)
{
    return QString::fromLatin1(csv).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace Gatehouse::Tests
