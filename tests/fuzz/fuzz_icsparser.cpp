// libFuzzer entry point for the .ics importer. Every parsed event is also expanded
// over two months, so libical's recurrence iterator sees whatever RRULE the parser let
// through. (Two months, not a year: an hourly rule with BYDAY/BYMONTH filters takes
// libical seconds per year under the sanitizers, which is slowness, not a defect.)
#include "models/calendarengine.h"
#include "models/icsparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Gatehouse::Models::IcsCalendar parsed =
        Gatehouse::Models::IcsParser::parse(input, QStringLiteral("fuzz.ics"));
    const QDateTime from(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    for (const Gatehouse::Models::CalendarEvent &event : parsed.events) {
        const auto spans = Gatehouse::Models::CalendarEngine::occurrences(
            event.when, QStringLiteral("Europe/Amsterdam"), from, from.addDays(62), event.exceptions,
            event.extraDates);
        for (const auto &span : spans) {
            if (span.second < span.first)
                __builtin_trap();
        }
    }
    for (const auto &d : parsed.diagnostics) {
        if (d.location.line < 1)
            __builtin_trap();
    }
    return 0;
}
