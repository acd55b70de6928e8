#include "icswriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QTimeZone>

#include <libical/ical.h>

namespace Gatehouse::Models {

namespace {

QString kindKey(BandKind kind)
{
    switch (kind) {
    case BandKind::OperatingCycle:
        return QStringLiteral("operating-cycle");
    case BandKind::PartnerSlot:
        return QStringLiteral("partner-slot");
    case BandKind::BusinessCycle:
        return QStringLiteral("business-cycle");
    case BandKind::Freeze:
        return QStringLiteral("freeze");
    case BandKind::MaintenanceWindow:
        return QStringLiteral("maintenance-window");
    case BandKind::Holiday:
        return QStringLiteral("holiday");
    }
    return QString();
}

QString kindLabel(BandKind kind)
{
    switch (kind) {
    case BandKind::OperatingCycle:
        return QCoreApplication::translate("IcsWriter", "Operating cycle");
    case BandKind::PartnerSlot:
        return QCoreApplication::translate("IcsWriter", "Partner slot");
    case BandKind::BusinessCycle:
        return QCoreApplication::translate("IcsWriter", "Business cycle");
    case BandKind::Freeze:
        return QCoreApplication::translate("IcsWriter", "Freeze");
    case BandKind::MaintenanceWindow:
        return QCoreApplication::translate("IcsWriter", "Maintenance window");
    case BandKind::Holiday:
        return QCoreApplication::translate("IcsWriter", "Holiday");
    }
    return QString();
}

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

/// Appends one content line, folded at 75 octets without splitting a UTF-8 sequence.
void appendLine(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype pos = 0;
    qsizetype limit = 75;
    while (bytes.size() - pos > limit) {
        qsizetype cut = pos + limit;
        while (cut > pos && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(pos);
    out += "\r\n";
}

QString utcStamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

bool isUtcZone(const QString &zone)
{
    return zone.isEmpty() || zone == QLatin1String("UTC") || !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8());
}

QDateTime inZone(const QDateTime &utc, const QString &zone)
{
    if (isUtcZone(zone))
        return utc.toUTC();
    return utc.toTimeZone(QTimeZone(zone.toUtf8()));
}

/// "DTSTART;TZID=Europe/Amsterdam:20270105T070000", "DTSTART;VALUE=DATE:20270105" or UTC.
QString timeProperty(const char *name, const QDateTime &utc, const QString &zone, bool allDay)
{
    const QString prop = QLatin1String(name);
    if (allDay)
        return prop + QStringLiteral(";VALUE=DATE:") + inZone(utc, zone).date().toString(QStringLiteral("yyyyMMdd"));
    if (isUtcZone(zone))
        return prop + QLatin1Char(':') + utcStamp(utc);
    return prop + QStringLiteral(";TZID=") + zone + QLatin1Char(':')
        + inZone(utc, zone).toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

/// VTIMEZONE text for an IANA zone, from libical's zone data, with the plain IANA id as TZID.
QByteArray vtimezone(const QString &zone)
{
    // libical's built-in zone table is loaded lazily and not thread-safe.
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    const QByteArray id = zone.toUtf8();
    icaltimezone *tz = icaltimezone_get_builtin_timezone(id.constData());
    if (!tz)
        return {};
    icalcomponent *component = icaltimezone_get_component(tz);
    if (!component)
        return {};
    icalcomponent *copy = icalcomponent_new_clone(component);
    if (icalproperty *tzid = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, id.constData());
    char *text = icalcomponent_as_ical_string_r(copy);
    QByteArray result(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(copy);
    // libical ends lines with CRLF already; normalise in case a version does not.
    result.replace("\r\n", "\n");
    result.replace("\n", "\r\n");
    return result;
}

QByteArray header(const QString &calendarName, const QSet<QString> &zones)
{
    QByteArray out;
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out, QStringLiteral("PRODID:-//Gatehouse//Release calendar//EN"));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendLine(out, QStringLiteral("METHOD:PUBLISH"));
    appendLine(out, QStringLiteral("X-WR-CALNAME:") + escapeText(calendarName));
    QStringList sorted(zones.cbegin(), zones.cend());
    sorted.sort();
    for (const QString &zone : sorted)
        out += vtimezone(zone);
    return out;
}

QString uidFor(const CalendarInterval &interval)
{
    const QString key = kindKey(interval.kind) + QLatin1Char('|') + interval.owner + QLatin1Char('|') + interval.partner
        + QLatin1Char('|') + interval.name + QLatin1Char('|') + interval.sites.join(QLatin1Char(',')) + QLatin1Char('|')
        + utcStamp(interval.start);
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(24);
    return QString::fromLatin1(hash) + QStringLiteral("@gatehouse");
}

} // namespace

QByteArray IcsWriter::writeIntervals(const QList<CalendarInterval> &intervals, const QString &calendarName,
                                     const QDateTime &stamp)
{
    QSet<QString> zones;
    for (const CalendarInterval &interval : intervals) {
        if (!interval.allDay && !isUtcZone(interval.timeZone))
            zones.insert(interval.timeZone);
    }
    QByteArray out = header(calendarName, zones);
    for (const CalendarInterval &interval : intervals) {
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendLine(out, QStringLiteral("UID:") + uidFor(interval));
        appendLine(out, QStringLiteral("DTSTAMP:") + utcStamp(stamp));
        appendLine(out, timeProperty("DTSTART", interval.start, interval.timeZone, interval.allDay));
        appendLine(out, timeProperty("DTEND", interval.end, interval.timeZone, interval.allDay));
        QString summary = interval.name;
        if (interval.kind == BandKind::PartnerSlot && !interval.partner.isEmpty())
            summary = interval.partner + QStringLiteral(": ") + interval.name;
        else if (!interval.owner.isEmpty() && interval.kind != BandKind::Holiday)
            summary = interval.owner + QStringLiteral(": ") + interval.name;
        appendLine(out, QStringLiteral("SUMMARY:") + escapeText(summary));
        QStringList description;
        description << kindLabel(interval.kind);
        description << QCoreApplication::translate("IcsWriter", "Impact: %1").arg(toString(interval.impact));
        if (!interval.sites.isEmpty())
            description << QCoreApplication::translate("IcsWriter", "Sites: %1").arg(interval.sites.join(QStringLiteral(", ")));
        if (!interval.environments.isEmpty())
            description << QCoreApplication::translate("IcsWriter", "Environments: %1")
                               .arg(interval.environments.join(QStringLiteral(", ")));
        if (!interval.processes.isEmpty())
            description << QCoreApplication::translate("IcsWriter", "Processes: %1")
                               .arg(interval.processes.join(QStringLiteral(", ")));
        if (interval.kind == BandKind::Freeze) {
            QStringList allowed;
            for (ChangeType type : interval.allowedChangeTypes)
                allowed << toString(type);
            description << QCoreApplication::translate("IcsWriter", "Allowed change types: %1")
                               .arg(allowed.isEmpty() ? QCoreApplication::translate("IcsWriter", "none")
                                                      : allowed.join(QStringLiteral(", ")));
        }
        appendLine(out, QStringLiteral("DESCRIPTION:") + escapeText(description.join(QLatin1Char('\n'))));
        appendLine(out, QStringLiteral("CATEGORIES:") + escapeText(kindLabel(interval.kind)));
        appendLine(out, QStringLiteral("X-GATEHOUSE-KIND:") + kindKey(interval.kind));
        if (!interval.owner.isEmpty())
            appendLine(out, QStringLiteral("X-GATEHOUSE-OWNER:") + escapeText(interval.owner));
        // Blackouts show as busy; the rest is context that should not block a subscriber's agenda.
        const bool busy = interval.kind == BandKind::Freeze || interval.kind == BandKind::BusinessCycle;
        appendLine(out, busy ? QStringLiteral("TRANSP:OPAQUE") : QStringLiteral("TRANSP:TRANSPARENT"));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

QByteArray IcsWriter::writeChanges(const QList<ChangeRequest> &changes, const QString &calendarName,
                                   const QDateTime &stamp)
{
    QSet<QString> zones;
    for (const ChangeRequest &change : changes) {
        if (change.windowStart.isValid() && change.windowEnd.isValid() && !isUtcZone(change.windowTimeZone))
            zones.insert(change.windowTimeZone);
    }
    QByteArray out = header(calendarName, zones);
    for (const ChangeRequest &change : changes) {
        if (!change.windowStart.isValid() || !change.windowEnd.isValid())
            continue;
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendLine(out, QStringLiteral("UID:change-") + QString::number(change.id) + QStringLiteral("@gatehouse"));
        appendLine(out, QStringLiteral("DTSTAMP:") + utcStamp(stamp));
        appendLine(out, timeProperty("DTSTART", change.windowStart, change.windowTimeZone, false));
        appendLine(out, timeProperty("DTEND", change.windowEnd, change.windowTimeZone, false));
        appendLine(out, QStringLiteral("SUMMARY:")
                            + escapeText(QCoreApplication::translate("IcsWriter", "Change #%1: %2 (%3)")
                                             .arg(change.id)
                                             .arg(change.title, change.environment)));
        QStringList description;
        description << QCoreApplication::translate("IcsWriter", "Type: %1").arg(toString(change.type));
        description << QCoreApplication::translate("IcsWriter", "State: %1").arg(toString(change.state));
        if (!change.integrations.isEmpty())
            description << QCoreApplication::translate("IcsWriter", "Integrations: %1")
                               .arg(change.integrations.join(QStringLiteral(", ")));
        if (!change.workloads.isEmpty())
            description << QCoreApplication::translate("IcsWriter", "Workloads: %1")
                               .arg(change.workloads.join(QStringLiteral(", ")));
        appendLine(out, QStringLiteral("DESCRIPTION:") + escapeText(description.join(QLatin1Char('\n'))));
        appendLine(out, QStringLiteral("CATEGORIES:") + escapeText(QCoreApplication::translate("IcsWriter", "Change")));
        const bool cancelled = change.state == ChangeState::Rejected || change.state == ChangeState::Closed;
        appendLine(out, cancelled ? QStringLiteral("STATUS:CANCELLED")
                                  : change.state == ChangeState::Draft || change.state == ChangeState::Submitted
                    ? QStringLiteral("STATUS:TENTATIVE")
                    : QStringLiteral("STATUS:CONFIRMED"));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace Gatehouse::Models
