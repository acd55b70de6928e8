#include "icsparser.h"

#include "calendarengine.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

namespace Gatehouse::Models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IcsParser", text);
}

struct ContentLine
{
    QString name; ///< upper case
    QHash<QString, QString> params; ///< upper-case keys, unquoted values
    QString value;
    int line = 0;
};

/// A DATE or DATE-TIME value as written: local fields plus how to read them.
struct IcsTime
{
    QDate date;
    QTime time;
    bool isDate = false;
    bool utc = false;
    QString zone; ///< resolved IANA zone; empty = floating
};

struct Parser
{
    QString file;
    IcsCalendar result;
    QHash<QString, QString> timezoneAliases; ///< VTIMEZONE TZID → X-LIC-LOCATION

    void error(int line, const QString &message)
    {
        result.diagnostics.append(Diagnostic{SourceLocation{file, line, 1}, Diagnostic::Severity::Error, message});
    }
    void warning(int line, const QString &message)
    {
        result.diagnostics.append(Diagnostic{SourceLocation{file, line, 1}, Diagnostic::Severity::Warning, message});
    }

    std::optional<ContentLine> parseLine(const QString &text, int line)
    {
        ContentLine cl;
        cl.line = line;
        int i = 0;
        const int n = int(text.size());
        while (i < n && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('-')))
            ++i;
        if (i == 0) {
            error(line, tr("expected a property name at the start of the line"));
            return std::nullopt;
        }
        cl.name = text.left(i).toUpper();
        while (i < n && text.at(i) == QLatin1Char(';')) {
            ++i;
            const int keyStart = i;
            while (i < n && text.at(i) != QLatin1Char('=') && text.at(i) != QLatin1Char(':')
                   && text.at(i) != QLatin1Char(';'))
                ++i;
            if (i >= n || text.at(i) != QLatin1Char('=')) {
                error(line, tr("parameter of %1 has no value (expected NAME=VALUE)").arg(cl.name));
                return std::nullopt;
            }
            const QString key = text.mid(keyStart, i - keyStart).toUpper();
            ++i;
            QString value;
            if (i < n && text.at(i) == QLatin1Char('"')) {
                const int close = int(text.indexOf(QLatin1Char('"'), i + 1));
                if (close < 0) {
                    error(line, tr("unterminated quoted parameter value in %1").arg(cl.name));
                    return std::nullopt;
                }
                value = text.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const int valueStart = i;
                while (i < n && text.at(i) != QLatin1Char(':') && text.at(i) != QLatin1Char(';'))
                    ++i;
                value = text.mid(valueStart, i - valueStart);
            }
            cl.params.insert(key, value);
        }
        if (i >= n || text.at(i) != QLatin1Char(':')) {
            error(line, tr("expected ':' after the property name %1").arg(cl.name));
            return std::nullopt;
        }
        cl.value = text.mid(i + 1);
        return cl;
    }

    QString resolveZone(const QString &tzid, int line)
    {
        if (tzid.isEmpty())
            return {};
        auto available = [](const QString &id) {
            return id == QLatin1String("UTC") || QTimeZone::isTimeZoneIdAvailable(id.toUtf8());
        };
        if (available(tzid))
            return tzid;
        const QString alias = timezoneAliases.value(tzid);
        if (!alias.isEmpty() && available(alias))
            return alias;
        // Exporters prefix IANA ids with their own path ("/example.org/2024/Europe/Amsterdam").
        static const QRegularExpression tail(QStringLiteral("([A-Za-z_]+/[A-Za-z_+\\-]+(?:/[A-Za-z_+\\-]+)?)$"));
        const QRegularExpressionMatch m = tail.match(tzid);
        if (m.hasMatch()) {
            const QStringList parts = m.captured(1).split(QLatin1Char('/'));
            for (int k = 0; k + 1 < parts.size(); ++k) {
                const QString candidate = parts.mid(k).join(QLatin1Char('/'));
                if (available(candidate))
                    return candidate;
            }
        }
        error(line, tr("unknown time zone '%1' (neither an IANA zone nor a VTIMEZONE with X-LIC-LOCATION)").arg(tzid));
        return QStringLiteral("\x01");
    }

    std::optional<IcsTime> parseTime(const QString &value, const QHash<QString, QString> &params, const QString &what,
                                     int line)
    {
        static const QRegularExpression dateRx(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
        static const QRegularExpression dateTimeRx(
            QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(Z?)$"));
        IcsTime t;
        const QString v = value.trimmed();
        const bool wantDate = params.value(QStringLiteral("VALUE")).compare(QLatin1String("DATE"), Qt::CaseInsensitive) == 0;
        QRegularExpressionMatch m = dateRx.match(v);
        if (m.hasMatch()) {
            t.isDate = true;
            t.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        } else if (!wantDate && (m = dateTimeRx.match(v)).hasMatch()) {
            t.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            t.time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), std::min(59, m.captured(6).toInt()));
            t.utc = !m.captured(7).isEmpty();
        } else {
            error(line, wantDate ? tr("%1: '%2' is not a DATE (expected YYYYMMDD)").arg(what, v)
                                 : tr("%1: '%2' is not a DATE-TIME (expected YYYYMMDDTHHMMSS[Z]) or DATE")
                                       .arg(what, v));
            return std::nullopt;
        }
        if (!t.date.isValid() || (!t.isDate && !t.time.isValid())) {
            error(line, tr("%1: '%2' is not a valid date or time").arg(what, v));
            return std::nullopt;
        }
        if (t.utc) {
            t.zone = QStringLiteral("UTC");
        } else if (!t.isDate && params.contains(QStringLiteral("TZID"))) {
            t.zone = resolveZone(params.value(QStringLiteral("TZID")), line);
            if (t.zone == QLatin1String("\x01"))
                return std::nullopt;
        }
        return t;
    }

    static std::optional<qint64> parseDuration(const QString &text)
    {
        static const QRegularExpression rx(
            QStringLiteral("^([+-]?)P(?:(\\d+)W|(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?)$"));
        const QString v = text.trimmed();
        const QRegularExpressionMatch m = rx.match(v);
        if (!m.hasMatch() || v.endsWith(QLatin1Char('T')) || v == QLatin1String("P") || v.endsWith(QLatin1String("PT")))
            return std::nullopt;
        const qint64 seconds = m.captured(2).toLongLong() * 7 * 86400 + m.captured(3).toLongLong() * 86400
            + m.captured(4).toLongLong() * 3600 + m.captured(5).toLongLong() * 60 + m.captured(6).toLongLong();
        if (m.captured(1) == QLatin1String("-"))
            return -seconds;
        return seconds;
    }

    static QString unescape(const QString &text)
    {
        QString out;
        out.reserve(text.size());
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\\') && i + 1 < text.size()) {
                const QChar next = text.at(++i);
                out += (next == QLatin1Char('n') || next == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : next;
            } else {
                out += c;
            }
        }
        return out;
    }

    // A wall-clock time of `t` in the event's zone (EXDATE/RDATE may be written in another).
    static QDateTime wallClockIn(const IcsTime &t, const QString &eventZone)
    {
        if (t.isDate || t.zone == eventZone || t.zone.isEmpty() || eventZone.isEmpty())
            return QDateTime(t.date, t.isDate ? QTime(0, 0) : t.time, Qt::UTC);
        const QDateTime utc = CalendarEngine::toUtc(t.date, t.time, t.zone);
        const QDateTime local = eventZone == QLatin1String("UTC") ? utc : utc.toTimeZone(QTimeZone(eventZone.toUtf8()));
        return QDateTime(local.date(), local.time(), Qt::UTC);
    }

    void finishEvent(const QList<ContentLine> &props, int beginLine)
    {
        CalendarEvent event;
        event.location = SourceLocation{file, beginLine, 1};
        event.when.location = event.location;
        const ContentLine *dtstart = nullptr;
        const ContentLine *dtend = nullptr;
        const ContentLine *duration = nullptr;
        const ContentLine *rrule = nullptr;
        QList<const ContentLine *> exdates;
        QList<const ContentLine *> rdates;
        bool ok = true;
        for (const ContentLine &p : props) {
            auto single = [&](const ContentLine *&slot) {
                if (slot) {
                    error(p.line, tr("%1 appears more than once in this VEVENT").arg(p.name));
                    ok = false;
                }
                slot = &p;
            };
            if (p.name == QLatin1String("UID"))
                event.uid = p.value.trimmed();
            else if (p.name == QLatin1String("SUMMARY"))
                event.summary = unescape(p.value).trimmed();
            else if (p.name == QLatin1String("DTSTART"))
                single(dtstart);
            else if (p.name == QLatin1String("DTEND"))
                single(dtend);
            else if (p.name == QLatin1String("DURATION"))
                single(duration);
            else if (p.name == QLatin1String("RRULE"))
                single(rrule);
            else if (p.name == QLatin1String("EXDATE"))
                exdates.append(&p);
            else if (p.name == QLatin1String("RDATE"))
                rdates.append(&p);
        }
        if (!dtstart) {
            error(beginLine, tr("VEVENT has no DTSTART"));
            return;
        }
        if (dtend && duration) {
            error(duration->line, tr("VEVENT has both DTEND and DURATION; only one is allowed"));
            ok = false;
        }
        const auto start = parseTime(dtstart->value, dtstart->params, QStringLiteral("DTSTART"), dtstart->line);
        if (!start)
            return;
        event.when.name = event.summary;
        event.when.startDate = start->date;
        event.when.allDay = start->isDate;
        event.when.startTime = start->isDate ? QTime() : start->time;
        event.when.timeZone = start->isDate ? QString() : start->zone;
        if (dtend) {
            const auto end = parseTime(dtend->value, dtend->params, QStringLiteral("DTEND"), dtend->line);
            if (!end)
                return;
            if (end->isDate != start->isDate) {
                error(dtend->line, tr("DTEND must have the same value type (DATE or DATE-TIME) as DTSTART"));
                return;
            }
            qint64 seconds = 0;
            if (start->isDate) {
                seconds = start->date.daysTo(end->date) * 86400;
            } else {
                const QString startZone = start->zone.isEmpty() ? QStringLiteral("UTC") : start->zone;
                const QString endZone = end->zone.isEmpty() ? startZone : end->zone;
                seconds = CalendarEngine::toUtc(start->date, start->time, startZone)
                              .secsTo(CalendarEngine::toUtc(end->date, end->time, endZone));
            }
            if (seconds <= 0) {
                error(dtend->line, tr("DTEND must be after DTSTART"));
                return;
            }
            event.when.durationSeconds = seconds;
        } else if (duration) {
            const auto seconds = parseDuration(duration->value);
            if (!seconds || *seconds < 0) {
                error(duration->line,
                      tr("DURATION: '%1' is not a positive ISO 8601 duration (e.g. PT1H, P1D)").arg(duration->value));
                return;
            }
            event.when.durationSeconds = *seconds;
            if (start->isDate && (*seconds == 0 || *seconds % 86400 != 0)) {
                error(duration->line, tr("DURATION of an all-day event must be whole days"));
                return;
            }
        } else {
            event.when.durationSeconds = start->isDate ? 86400 : 0;
        }
        if (rrule) {
            QString value = rrule->value.trimmed();
            if (!CalendarEngine::isValidRRule(value)) {
                error(rrule->line, tr("RRULE: '%1' is not a valid recurrence rule").arg(value));
                return;
            }
            event.when.rrule = value;
        }
        auto readList = [&](const QList<const ContentLine *> &lines, QList<QDateTime> &out, const QString &what) {
            for (const ContentLine *line : lines) {
                const QStringList values = line->value.split(QLatin1Char(','), Qt::SkipEmptyParts);
                for (const QString &v : values) {
                    QHash<QString, QString> params = line->params;
                    if (start->isDate && !params.contains(QStringLiteral("VALUE")) && v.trimmed().size() == 8)
                        params.insert(QStringLiteral("VALUE"), QStringLiteral("DATE"));
                    const auto t = parseTime(v, params, what, line->line);
                    if (!t)
                        return false;
                    out.append(wallClockIn(*t, event.when.timeZone));
                }
            }
            return true;
        };
        if (!readList(exdates, event.exceptions, QStringLiteral("EXDATE"))
            || !readList(rdates, event.extraDates, QStringLiteral("RDATE")) || !ok)
            return;
        if (event.uid.isEmpty())
            warning(beginLine, tr("VEVENT has no UID"));
        result.events.append(std::move(event));
    }

    void run(const QByteArray &bytes)
    {
        const QString text = QString::fromUtf8(bytes);
        if (text.contains(QChar(QChar::ReplacementCharacter)) && !bytes.contains("\xEF\xBF\xBD")) {
            error(1, tr("the file is not UTF-8 text"));
            return;
        }
        // Physical lines → content lines, unfolding continuation lines (RFC 5545 §3.1).
        QList<QPair<QString, int>> lines;
        const QStringList physical = text.split(QLatin1Char('\n'));
        for (int i = 0; i < physical.size(); ++i) {
            QString line = physical.at(i);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            if (!line.isEmpty() && (line.at(0) == QLatin1Char(' ') || line.at(0) == QLatin1Char('\t'))) {
                if (lines.isEmpty()) {
                    error(i + 1, tr("continuation line without a line to continue"));
                    return;
                }
                lines.last().first += line.mid(1);
                continue;
            }
            if (line.isEmpty())
                continue;
            lines.append({line, i + 1});
        }
        if (lines.isEmpty()) {
            error(1, tr("the file is empty; expected BEGIN:VCALENDAR"));
            return;
        }

        struct Open
        {
            QString name;
            int line;
        };
        QList<Open> stack;
        QList<ContentLine> eventProps;
        int eventLine = 0;
        QString timezoneId;
        QString timezoneLocation;
        bool sawCalendar = false;
        QList<QPair<QList<ContentLine>, int>> pending;
        for (const auto &[raw, lineNo] : lines) {
            const auto cl = parseLine(raw, lineNo);
            if (!cl) {
                // A broken line inside an event spoils the event, not the file.
                if (!stack.isEmpty() && stack.last().name == QLatin1String("VEVENT"))
                    eventLine = -1;
                continue;
            }
            if (cl->name == QLatin1String("BEGIN")) {
                const QString component = cl->value.trimmed().toUpper();
                if (stack.isEmpty() && component != QLatin1String("VCALENDAR")) {
                    error(lineNo, tr("expected BEGIN:VCALENDAR, found BEGIN:%1").arg(component));
                    return;
                }
                if (stack.isEmpty() && sawCalendar) {
                    warning(lineNo, tr("a second VCALENDAR in the same file is read as well"));
                }
                if (stack.isEmpty())
                    sawCalendar = true;
                if (component == QLatin1String("VEVENT") && stack.size() == 1) {
                    eventProps.clear();
                    eventLine = lineNo;
                } else if (component == QLatin1String("VTIMEZONE") && stack.size() == 1) {
                    timezoneId.clear();
                    timezoneLocation.clear();
                }
                stack.append(Open{component, lineNo});
                if (stack.size() > 16) {
                    error(lineNo, tr("components nested too deeply"));
                    return;
                }
                continue;
            }
            if (cl->name == QLatin1String("END")) {
                const QString component = cl->value.trimmed().toUpper();
                if (stack.isEmpty() || stack.last().name != component) {
                    error(lineNo, stack.isEmpty()
                                      ? tr("END:%1 without a matching BEGIN").arg(component)
                                      : tr("END:%1 does not match BEGIN:%2 on line %3")
                                            .arg(component, stack.last().name)
                                            .arg(stack.last().line));
                    return;
                }
                stack.removeLast();
                if (component == QLatin1String("VEVENT") && stack.size() == 1) {
                    // Finished after the whole file: a VTIMEZONE may follow the events using it.
                    if (eventLine > 0)
                        pending.append({eventProps, eventLine});
                } else if (component == QLatin1String("VTIMEZONE") && stack.size() == 1) {
                    if (timezoneId.isEmpty())
                        error(lineNo, tr("VTIMEZONE has no TZID"));
                    else if (!timezoneLocation.isEmpty())
                        timezoneAliases.insert(timezoneId, timezoneLocation);
                }
                continue;
            }
            if (stack.isEmpty()) {
                error(lineNo, tr("%1 outside of BEGIN:VCALENDAR … END:VCALENDAR").arg(cl->name));
                return;
            }
            const QString &where = stack.last().name;
            if (stack.size() == 1 && cl->name == QLatin1String("X-WR-CALNAME"))
                result.name = unescape(cl->value).trimmed();
            else if (stack.size() == 2 && where == QLatin1String("VEVENT"))
                eventProps.append(*cl);
            else if (stack.size() == 2 && where == QLatin1String("VTIMEZONE")) {
                if (cl->name == QLatin1String("TZID"))
                    timezoneId = cl->value.trimmed();
                else if (cl->name == QLatin1String("X-LIC-LOCATION"))
                    timezoneLocation = cl->value.trimmed();
            }
        }
        if (!stack.isEmpty())
            error(stack.last().line, tr("BEGIN:%1 is never closed with END:%1").arg(stack.last().name));
        for (const auto &[props, line] : pending)
            finishEvent(props, line);
    }
};

} // namespace

bool IcsCalendar::hasErrors() const
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    }
    return false;
}

IcsCalendar IcsParser::parse(const QByteArray &text, const QString &fileName)
{
    Parser parser;
    parser.file = fileName;
    parser.run(text);
    return std::move(parser.result);
}

} // namespace Gatehouse::Models
