// `gatehouse calendar`, `gatehouse check-window` and `gatehouse next-window`: the
// business calendar for scripts and CI pipelines. check-window is the gate a
// pipeline calls before it deploys; it prints Conflict::message, the words the UI shows.

#include "commandsupport.h"
#include "headlesscommand.h"

#include "models/calendarengine.h"
#include "models/conflictchecker.h"
#include "models/icswriter.h"
#include "models/safewindowfinder.h"
#include "services/estatediagnosticsformat.h"
#include "services/controlstore.h"
#include "services/estateloader.h"
#include "ui/appsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace Gatehouse::App {

namespace {

using namespace Gatehouse::Models;

QString tr(const char *text)
{
    return QCoreApplication::translate("CalendarCommand", text);
}

void printBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

/// Options every calendar command shares.
struct Common
{
    QCommandLineOption estate{QStringLiteral("estate"), tr("The estate folder."), QStringLiteral("dir")};
    QCommandLineOption timeZone{QStringLiteral("time-zone"),
                                tr("Zone to show times in and to read times without an offset in (default: the "
                                   "system zone)."),
                                QStringLiteral("zone")};
    QCommandLineOption lang{QStringLiteral("lang"), tr("Language of the output."), QStringLiteral("code")};
};

/// Parses with the subcommand removed; returns an exit code when the command is done.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (const std::optional<int> done = parseSubcommand(parser, arguments))
        return done;
    if (!parser.positionalArguments().isEmpty()) {
        printTo(stderr, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    return std::nullopt;
}

std::optional<QTimeZone> viewerZone(const QCommandLineParser &parser, const Common &common)
{
    if (!parser.isSet(common.timeZone))
        return QTimeZone::systemTimeZone();
    const QByteArray id = parser.value(common.timeZone).toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(id)) {
        printTo(stderr, tr("--time-zone: unknown time zone '%1'").arg(QString::fromUtf8(id)));
        return std::nullopt;
    }
    return QTimeZone(id);
}

EstatePtr loadEstate(const QCommandLineParser &parser, const Common &common)
{
    if (!parser.isSet(common.estate)) {
        printTo(stderr, tr("--estate DIR is required"));
        return nullptr;
    }
    const Services::EstateLoadResult result = Services::EstateLoader::loadFolder(parser.value(common.estate));
    if (result.hasErrors()) {
        printTo(stderr, Services::formatDiagnosticsText(result.diagnostics));
        printTo(stderr, tr("the estate has errors; run `gatehouse validate %1`").arg(parser.value(common.estate)));
        return nullptr;
    }
    return result.estate;
}

/// ISO 8601 date or date-time; without an offset it is wall-clock time in `zone`.
std::optional<QDateTime> parseInstant(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression withOffset(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
    const QString t = text.trimmed();
    if (dateOnly.match(t).hasMatch()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return QDateTime(d, QTime(0, 0), zone).toUTC();
    }
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    if (!withOffset.match(t).hasMatch())
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    return parsed.toUTC();
}

/// ISO 8601 duration without years or months: P1D, PT2H30M, P1W.
std::optional<qint64> parseDuration(const QString &text)
{
    static const QRegularExpression rx(
        QStringLiteral("^P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    const QString t = text.trimmed().toUpper();
    const QRegularExpressionMatch m = rx.match(t);
    if (!m.hasMatch() || t == QLatin1String("P") || t.endsWith(QLatin1Char('T')))
        return std::nullopt;
    const qint64 seconds = m.captured(1).toLongLong() * 7 * 86400 + m.captured(2).toLongLong() * 86400
        + m.captured(3).toLongLong() * 3600 + m.captured(4).toLongLong() * 60 + m.captured(5).toLongLong();
    if (seconds <= 0)
        return std::nullopt;
    return seconds;
}

QStringList splitList(const QString &text)
{
    QStringList result;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            result.append(p.trimmed());
    }
    return result;
}

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

QString conflictKindKey(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::BusinessImpact:
        return QStringLiteral("business-impact");
    case Conflict::Kind::Freeze:
        return QStringLiteral("freeze");
    case Conflict::Kind::OverlappingChange:
        return QStringLiteral("overlapping-change");
    case Conflict::Kind::OutsideMaintenance:
        return QStringLiteral("outside-maintenance");
    case Conflict::Kind::Holiday:
        return QStringLiteral("holiday");
    }
    return QString();
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString shown(const QDateTime &utc, const QString &zoneId)
{
    const QTimeZone zone = zoneId.isEmpty() || zoneId == QLatin1String("UTC") ? QTimeZone(QByteArrayLiteral("UTC"))
                                                                              : QTimeZone(zoneId.toUtf8());
    return utc.toTimeZone(zone).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}

QString zoneLabel(const QTimeZone &zone)
{
    return QString::fromUtf8(zone.id());
}

/// Other scheduled changes from a JSON file: [{"id", "environment", "integrations",
/// "workloads", "start", "end"}], times ISO 8601 with an offset.
std::optional<QList<ChangeWindow>> readChanges(const QString &path, const QTimeZone &zone)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printTo(stderr, tr("--changes: cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull() || !doc.isArray()) {
        printTo(stderr, tr("--changes: %1 is not a JSON array of changes (%2)").arg(path, error.errorString()));
        return std::nullopt;
    }
    QList<ChangeWindow> result;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        ChangeWindow w;
        w.changeId = o.value(QLatin1String("id")).toInteger();
        w.environment = o.value(QLatin1String("environment")).toString();
        for (const QJsonValue &v : o.value(QLatin1String("integrations")).toArray())
            w.integrations.append(v.toString());
        for (const QJsonValue &v : o.value(QLatin1String("workloads")).toArray())
            w.workloads.append(v.toString());
        const auto start = parseInstant(o.value(QLatin1String("start")).toString(), zone);
        const auto end = parseInstant(o.value(QLatin1String("end")).toString(), zone);
        if (w.environment.isEmpty() || !start || !end || *end <= *start) {
            printTo(stderr, tr("--changes: entry %1 needs \"environment\", \"start\" and an \"end\" after it").arg(i));
            return std::nullopt;
        }
        w.start = *start;
        w.end = *end;
        result.append(w);
    }
    return result;
}

/// Where the other scheduled changes come from besides --changes: the control store
/// named by --database, else the one saved in the application's settings, if any.
struct StoreSource
{
    QCommandLineOption database{QStringLiteral("database"),
                                tr("Control store URL (postgresql://user@host:port/db) to read the other scheduled "
                                   "changes from; the password comes from PGPASSWORD or --password-ref. Default: the "
                                   "control store saved in Gatehouse's settings, if any."),
                                QStringLiteral("url")};
    QCommandLineOption passwordRef{QStringLiteral("password-ref"),
                                   tr("Keychain reference of the control store password (keychain:SERVICE/ACCOUNT)."),
                                   QStringLiteral("ref")};
    QCommandLineOption connectTimeout{QStringLiteral("connect-timeout"),
                                      tr("Seconds to wait for the control store (default 10)."), QStringLiteral("s"),
                                      QStringLiteral("10")};
    QCommandLineOption change{QStringLiteral("change"),
                              tr("The change being planned, by id, read from the control store: its environment, "
                                 "integrations, workloads and type unless given, its window for check-window unless "
                                 "--start is given; a freeze with a recorded override for it does not block it."),
                              QStringLiteral("id")};
};

/// The change named by --change, as the control store holds it.
struct PlannedChange
{
    ChangeRequest change;
    QList<FreezeOverride> overrides;
};

bool urlCarriesPassword(const QString &url)
{
    static const QRegularExpression keyValue(QStringLiteral("(^|\\s)password\\s*="),
                                             QRegularExpression::CaseInsensitiveOption);
    if (url.contains(keyValue))
        return true;
    const QUrl parsed(url);
    return parsed.isValid() && !parsed.password().isEmpty();
}

/// Adds the scheduled changes of the configured control store to `others` (entries of
/// --changes with the same id win). Returns an exit code when the command must stop:
/// 2 for a bad option, 3 when the store cannot be reached or read.
/// With --change, also reads that change and the freeze overrides recorded for it into
/// `planned` (2 when it is not a positive id, there is no store or it has no such change).
std::optional<int> addStoreChanges(const QCommandLineParser &parser, const StoreSource &source, QList<ChangeWindow> &others,
                                   std::optional<PlannedChange> *planned = nullptr)
{
    qint64 changeId = 0;
    if (planned && parser.isSet(source.change)) {
        bool ok = false;
        changeId = parser.value(source.change).trimmed().toLongLong(&ok);
        if (!ok || changeId <= 0) {
            printTo(stderr, tr("--change: expected the id of a change, got '%1'").arg(parser.value(source.change)));
            return 2;
        }
    }
    Services::ControlStoreSettings settings;
    if (parser.isSet(source.database)) {
        settings.url = parser.value(source.database).trimmed();
        settings.passwordRef = parser.value(source.passwordRef);
        if (settings.url.isEmpty()) {
            printTo(stderr, tr("--database: expected a control store URL"));
            return 2;
        }
    } else {
        settings.url = Ui::AppSettings::databaseUrl();
        settings.passwordRef = parser.isSet(source.passwordRef) ? parser.value(source.passwordRef)
                                                                : Ui::AppSettings::databasePasswordRef();
        if (settings.url.isEmpty()) {
            if (changeId != 0) {
                printTo(stderr, tr("--change needs a control store: give --database or connect Gatehouse to one"));
                return 2;
            }
            return std::nullopt; // no shared store configured: only --changes counts
        }
    }
    // Never echo the URL here: it is the one place a password could be.
    if (urlCarriesPassword(settings.url)) {
        printTo(stderr, tr("--database: the URL must not contain a password; set PGPASSWORD or use --password-ref"));
        return 2;
    }
    bool ok = false;
    const int seconds = parser.value(source.connectTimeout).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 600) {
        printTo(stderr, tr("--connect-timeout: expected seconds from 1 to 600"));
        return 2;
    }
    settings.requestTimeout = std::chrono::seconds(seconds);
    Services::ControlStore store;
    store.open(settings);
    const Status connected = store.waitForConnection(std::chrono::seconds(seconds));
    if (!connected) {
        printTo(stderr, tr("control store %1 unreachable: %2").arg(store.description(), connected.error().message));
        store.close();
        return 3;
    }
    const auto listed = waitFor(store.listChanges()).result();
    if (!listed) {
        store.close();
        printTo(stderr, tr("control store %1: cannot read the scheduled changes: %2")
                            .arg(store.description(), listed.error().message));
        return 3;
    }
    if (changeId != 0) {
        const auto found = std::find_if(listed->cbegin(), listed->cend(),
                                        [changeId](const ChangeRequest &c) { return c.id == changeId; });
        if (found == listed->cend()) {
            store.close();
            printTo(stderr, tr("--change: control store %1 has no change %2").arg(store.description()).arg(changeId));
            return 2;
        }
        const auto audit = waitFor(store.auditLog(changeId)).result();
        if (!audit) {
            store.close();
            printTo(stderr, tr("control store %1: cannot read the audit log of change %2: %3")
                                .arg(store.description())
                                .arg(changeId)
                                .arg(audit.error().message));
            return 3;
        }
        *planned = PlannedChange{*found, ConflictChecker::freezeOverridesFromAudit(audit.value())};
    }
    store.close();
    QSet<qint64> fromFile;
    for (const ChangeWindow &w : std::as_const(others))
        fromFile.insert(w.changeId);
    for (const ChangeWindow &w : ConflictChecker::scheduledWindows(listed.value())) {
        if (w.changeId == 0 || !fromFile.contains(w.changeId))
            others.append(w);
    }
    return std::nullopt;
}

QJsonObject conflictJson(const Conflict &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), conflictKindKey(c.kind));
    o.insert(QStringLiteral("severity"), c.severity == Conflict::Severity::Hard ? QStringLiteral("hard")
                                                                                 : QStringLiteral("soft"));
    o.insert(QStringLiteral("rule"), c.occurrence.name);
    o.insert(QStringLiteral("owner"), c.occurrence.owner);
    if (!c.occurrence.partner.isEmpty())
        o.insert(QStringLiteral("partner"), c.occurrence.partner);
    if (c.occurrence.start.isValid()) {
        o.insert(QStringLiteral("start"), isoUtc(c.occurrence.start));
        o.insert(QStringLiteral("end"), isoUtc(c.occurrence.end));
        o.insert(QStringLiteral("timeZone"), c.occurrence.timeZone);
    }
    o.insert(QStringLiteral("impact"), toString(c.impact));
    if (!c.path.isEmpty()) {
        o.insert(QStringLiteral("path"), QJsonArray::fromStringList(c.path));
        o.insert(QStringLiteral("fails"), c.fails);
    }
    if (c.otherChangeId != 0)
        o.insert(QStringLiteral("otherChange"), c.otherChangeId);
    if (c.overridable)
        o.insert(QStringLiteral("overrideRole"), c.overrideRole);
    if (c.overridden) {
        o.insert(QStringLiteral("overridden"), true);
        o.insert(QStringLiteral("overriddenBy"), c.overriddenBy);
        o.insert(QStringLiteral("overriddenRole"), c.overriddenRole);
        o.insert(QStringLiteral("overrideReason"), c.overrideReason);
    }
    o.insert(QStringLiteral("message"), c.message);
    return o;
}

/// The change described by --environment, --integrations, --workloads, --type.
struct ShapeOptions
{
    QCommandLineOption environment{QStringLiteral("environment"), tr("The target environment."), QStringLiteral("name")};
    QCommandLineOption integrations{QStringLiteral("integrations"), tr("Changed integrations, comma-separated."),
                                    QStringLiteral("names")};
    QCommandLineOption workloads{QStringLiteral("workloads"), tr("Changed workloads, comma-separated."),
                                 QStringLiteral("names")};
    QCommandLineOption type{QStringLiteral("type"), tr("Change type: normal (default), standard or emergency."),
                            QStringLiteral("type"), QStringLiteral("normal")};
    QCommandLineOption duration{QStringLiteral("duration"), tr("Length of the window, ISO 8601 (PT2H, P1D)."),
                                QStringLiteral("duration")};
    QCommandLineOption changes{QStringLiteral("changes"),
                               tr("JSON file of other scheduled changes to check overlaps against."),
                               QStringLiteral("file")};
    QCommandLineOption format{QStringLiteral("format"), tr("Output format: text (default) or json."),
                              QStringLiteral("format"), QStringLiteral("text")};
};

/// `fromChange`: --change names the change, which supplies what is not given.
std::optional<ChangeWindow> readShape(const QCommandLineParser &parser, const ShapeOptions &o, bool fromChange = false)
{
    ChangeWindow w;
    w.environment = parser.value(o.environment).trimmed();
    w.integrations = splitList(parser.value(o.integrations));
    w.workloads = splitList(parser.value(o.workloads));
    if (w.environment.isEmpty() && !fromChange) {
        printTo(stderr, tr("--environment is required"));
        return std::nullopt;
    }
    if (w.integrations.isEmpty() && w.workloads.isEmpty() && !fromChange) {
        printTo(stderr, tr("--integrations (or --workloads) is required"));
        return std::nullopt;
    }
    const auto type = changeTypeFromString(parser.value(o.type).trimmed());
    if (!type) {
        printTo(stderr, tr("--type: '%1' is not one of normal, standard, emergency").arg(parser.value(o.type)));
        return std::nullopt;
    }
    w.type = *type;
    const QString format = parser.value(o.format);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        printTo(stderr, tr("--format: '%1' is not one of text, json").arg(format));
        return std::nullopt;
    }
    return w;
}

/// Completes `shape` from the change named by --change: its id (so its own window and
/// its freeze overrides count), and what the options left out.
void applyPlanned(const QCommandLineParser &parser, const ShapeOptions &o, const PlannedChange &planned, ChangeWindow &shape)
{
    const ChangeWindow recorded = ConflictChecker::windowOf(planned.change);
    shape.changeId = planned.change.id;
    if (!parser.isSet(o.environment))
        shape.environment = recorded.environment;
    if (!parser.isSet(o.integrations) && !parser.isSet(o.workloads)) {
        shape.integrations = recorded.integrations;
        shape.workloads = recorded.workloads;
    }
    if (!parser.isSet(o.type))
        shape.type = recorded.type;
}

// -------------------------------------------------------------------------------------------

int runCalendar(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the business calendar of an estate — operating cycles, partner slots, business cycles, freezes, "
           "maintenance windows and holidays — expanded over a range."));
    parser.addHelpOption();
    Common common;
    const QCommandLineOption from(QStringLiteral("from"), tr("First day (YYYY-MM-DD) or instant (ISO 8601)."),
                                  QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Day after the last (exclusive) or instant."),
                                QStringLiteral("date"));
    const QCommandLineOption site(QStringLiteral("site"), tr("Only what concerns this site."), QStringLiteral("name"));
    const QCommandLineOption environment(QStringLiteral("environment"), tr("Only what concerns this environment."),
                                         QStringLiteral("name"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text (default), json or ics."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    parser.addOptions({common.estate, from, to, site, environment, format, common.timeZone, common.lang});
    if (const auto done = parse(parser, arguments))
        return *done;
    const auto zone = viewerZone(parser, common);
    if (!zone)
        return 2;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json") && fmt != QLatin1String("ics")) {
        printTo(stderr, tr("--format: '%1' is not one of text, json, ics").arg(fmt));
        return 2;
    }
    if (!parser.isSet(from) || !parser.isSet(to)) {
        printTo(stderr, tr("--from and --to are required"));
        return 2;
    }
    const auto fromUtc = parseInstant(parser.value(from), *zone);
    const auto toUtc = parseInstant(parser.value(to), *zone);
    if (!fromUtc || !toUtc || *toUtc <= *fromUtc) {
        printTo(stderr, tr("--from and --to must be dates or ISO 8601 times, --to after --from"));
        return 2;
    }
    const EstatePtr estate = loadEstate(parser, common);
    if (!estate)
        return 2;
    CalendarQuery query;
    query.from = *fromUtc;
    query.to = *toUtc;
    if (parser.isSet(site)) {
        if (!estate->site(parser.value(site))) {
            printTo(stderr, tr("--site: unknown site '%1'").arg(parser.value(site)));
            return 2;
        }
        query.sites = {parser.value(site)};
    }
    if (parser.isSet(environment)) {
        if (!estate->environment(parser.value(environment))) {
            printTo(stderr, tr("--environment: unknown environment '%1'").arg(parser.value(environment)));
            return 2;
        }
        query.environments = {parser.value(environment)};
    }
    const CalendarEngine engine(estate);
    const QList<CalendarInterval> intervals = engine.expand(query);

    if (fmt == QLatin1String("ics")) {
        printBytes(IcsWriter::writeIntervals(intervals, estate->displayName.isEmpty() ? estate->name : estate->displayName,
                                             QDateTime::currentDateTimeUtc()));
        return 0;
    }
    if (fmt == QLatin1String("json")) {
        QJsonArray array;
        for (const CalendarInterval &i : intervals) {
            QJsonObject o;
            o.insert(QStringLiteral("kind"), kindKey(i.kind));
            o.insert(QStringLiteral("name"), i.name);
            o.insert(QStringLiteral("owner"), i.owner);
            if (!i.partner.isEmpty())
                o.insert(QStringLiteral("partner"), i.partner);
            o.insert(QStringLiteral("start"), isoUtc(i.start));
            o.insert(QStringLiteral("end"), isoUtc(i.end));
            o.insert(QStringLiteral("timeZone"), i.timeZone);
            o.insert(QStringLiteral("localStart"), i.start.toTimeZone(QTimeZone(i.timeZone.toUtf8())).toString(Qt::ISODate));
            o.insert(QStringLiteral("allDay"), i.allDay);
            o.insert(QStringLiteral("impact"), toString(i.impact));
            o.insert(QStringLiteral("sites"), QJsonArray::fromStringList(i.sites));
            o.insert(QStringLiteral("environments"), QJsonArray::fromStringList(i.environments));
            o.insert(QStringLiteral("processes"), QJsonArray::fromStringList(i.processes));
            if (i.kind == BandKind::Freeze) {
                QJsonArray allowed;
                for (ChangeType t : i.allowedChangeTypes)
                    allowed.append(toString(t));
                o.insert(QStringLiteral("allowedChangeTypes"), allowed);
            }
            if (i.kind == BandKind::MaintenanceWindow)
                o.insert(QStringLiteral("impactTier"), toString(i.impactTier));
            array.append(o);
        }
        printBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    QString out;
    for (const CalendarInterval &i : intervals) {
        const QString who = i.kind == BandKind::PartnerSlot ? i.owner + QLatin1Char('/') + i.partner : i.owner;
        out += shown(i.start, i.timeZone) + QStringLiteral(" – ") + shown(i.end, i.timeZone) + QLatin1Char(' ')
            + i.timeZone + QStringLiteral("  (") + i.start.toTimeZone(*zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            + QLatin1Char(' ') + zoneLabel(*zone) + QStringLiteral(")  ") + kindKey(i.kind) + QLatin1Char(' ') + who
            + QLatin1Char(' ') + i.name + QStringLiteral("  ") + tr("impact %1").arg(toString(i.impact)) + QLatin1Char('\n');
    }
    out += tr("%1 intervals").arg(intervals.size());
    printTo(stdout, out);
    return 0;
}

int runCheckWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a change window against the business calendar; exits 0 when it is "
                                        "safe, 1 when something blocks it, 2 on bad input."));
    parser.addHelpOption();
    Common common;
    ShapeOptions shapeOptions;
    const QCommandLineOption start(QStringLiteral("start"), tr("Start of the window, ISO 8601."),
                                   QStringLiteral("time"));
    const StoreSource store;
    parser.addOptions({common.estate, shapeOptions.environment, shapeOptions.integrations, shapeOptions.workloads,
                       start, shapeOptions.duration, shapeOptions.type, shapeOptions.changes, shapeOptions.format,
                       common.timeZone, common.lang, store.database, store.passwordRef, store.connectTimeout,
                       store.change});
    if (const auto done = parse(parser, arguments))
        return *done;
    const auto zone = viewerZone(parser, common);
    if (!zone)
        return 2;
    const bool forChange = parser.isSet(store.change);
    auto shape = readShape(parser, shapeOptions, forChange);
    if (!shape)
        return 2;
    std::optional<QDateTime> startUtc;
    if (parser.isSet(start) || !forChange) {
        startUtc = parseInstant(parser.value(start), *zone);
        if (!startUtc) {
            printTo(stderr, tr("--start: '%1' is not an ISO 8601 date-time").arg(parser.value(start)));
            return 2;
        }
    }
    std::optional<qint64> duration;
    if (parser.isSet(shapeOptions.duration) || !forChange) {
        duration = parseDuration(parser.value(shapeOptions.duration));
        if (!duration) {
            printTo(stderr,
                    tr("--duration: '%1' is not a positive ISO 8601 duration").arg(parser.value(shapeOptions.duration)));
            return 2;
        }
    }
    QList<ChangeWindow> others;
    if (parser.isSet(shapeOptions.changes)) {
        const auto read = readChanges(parser.value(shapeOptions.changes), *zone);
        if (!read)
            return 2;
        others = *read;
    }
    const EstatePtr estate = loadEstate(parser, common);
    if (!estate)
        return 2;
    std::optional<PlannedChange> planned;
    if (forChange) {
        if (const auto stop = addStoreChanges(parser, store, others, &planned))
            return *stop;
        applyPlanned(parser, shapeOptions, *planned, *shape);
        const ChangeWindow recorded = ConflictChecker::windowOf(planned->change);
        if (!startUtc)
            startUtc = recorded.start;
        if (!duration && recorded.start.isValid() && recorded.end > recorded.start)
            duration = recorded.start.secsTo(recorded.end);
        if (!startUtc->isValid() || !duration) {
            printTo(stderr, tr("--change: change %1 has no window; give --start and --duration").arg(shape->changeId));
            return 2;
        }
    }
    shape->start = *startUtc;
    shape->end = startUtc->addSecs(*duration);

    ConflictChecker checker(estate, shape->start.addDays(-2), shape->end.addDays(2));
    if (const Status valid = checker.validate(*shape); !valid) {
        printTo(stderr, valid.error().message);
        return 2;
    }
    if (!forChange) {
        if (const auto stop = addStoreChanges(parser, store, others))
            return *stop;
    } else {
        checker.setFreezeOverrides(planned->overrides);
    }
    checker.setOtherChanges(others);
    checker.setViewerTimeZone(*zone);
    const QList<Conflict> conflicts = checker.check(*shape);
    const bool safe = !ConflictChecker::hasHardConflict(conflicts);

    if (parser.value(shapeOptions.format) == QLatin1String("json")) {
        QJsonObject o;
        o.insert(QStringLiteral("safe"), safe);
        o.insert(QStringLiteral("start"), isoUtc(shape->start));
        o.insert(QStringLiteral("end"), isoUtc(shape->end));
        QJsonArray array;
        for (const Conflict &c : conflicts)
            array.append(conflictJson(c));
        o.insert(QStringLiteral("conflicts"), array);
        printBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return safe ? 0 : 1;
    }
    QString out;
    for (const Conflict &c : conflicts)
        out += c.message + QLatin1Char('\n');
    const QString window = shape->start.toTimeZone(*zone).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm")) + QStringLiteral("–")
        + shape->end.toTimeZone(*zone).toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + zoneLabel(*zone);
    int hard = 0;
    for (const Conflict &c : conflicts)
        hard += c.severity == Conflict::Severity::Hard ? 1 : 0;
    if (safe)
        out += conflicts.isEmpty() ? tr("safe: %1 has no conflicts").arg(window)
                                   : tr("safe: %1 has no blocking conflict (%2 discouraged)").arg(window).arg(conflicts.size());
    else
        out += tr("not safe: %1 has %2 blocking conflict(s)").arg(window).arg(hard);
    printTo(stdout, out);
    return safe ? 0 : 1;
}

int runNextWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Finds the earliest windows for a change that nothing blocks, best first, "
                                        "each with its explanation."));
    parser.addHelpOption();
    Common common;
    ShapeOptions shapeOptions;
    const QCommandLineOption after(QStringLiteral("after"), tr("Earliest start, ISO 8601 (default: now)."),
                                   QStringLiteral("time"));
    const QCommandLineOption count(QStringLiteral("count"), tr("How many windows to propose (default 3)."),
                                   QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption within(QStringLiteral("within"), tr("How far ahead to search (default P365D)."),
                                    QStringLiteral("duration"), QStringLiteral("P365D"));
    const StoreSource store;
    parser.addOptions({common.estate, shapeOptions.environment, shapeOptions.integrations, shapeOptions.workloads,
                       shapeOptions.duration, after, count, within, shapeOptions.type, shapeOptions.changes,
                       shapeOptions.format, common.timeZone, common.lang, store.database, store.passwordRef,
                       store.connectTimeout, store.change});
    if (const auto done = parse(parser, arguments))
        return *done;
    const auto zone = viewerZone(parser, common);
    if (!zone)
        return 2;
    const bool forChange = parser.isSet(store.change);
    auto shape = readShape(parser, shapeOptions, forChange);
    if (!shape)
        return 2;
    const auto duration = parseDuration(parser.value(shapeOptions.duration));
    if (!duration) {
        printTo(stderr, tr("--duration: '%1' is not a positive ISO 8601 duration").arg(parser.value(shapeOptions.duration)));
        return 2;
    }
    const auto horizon = parseDuration(parser.value(within));
    if (!horizon) {
        printTo(stderr, tr("--within: '%1' is not a positive ISO 8601 duration").arg(parser.value(within)));
        return 2;
    }
    QDateTime afterUtc = QDateTime::currentDateTimeUtc();
    if (parser.isSet(after)) {
        const auto parsed = parseInstant(parser.value(after), *zone);
        if (!parsed) {
            printTo(stderr, tr("--after: '%1' is not an ISO 8601 date-time").arg(parser.value(after)));
            return 2;
        }
        afterUtc = *parsed;
    }
    bool countOk = false;
    const int n = parser.value(count).toInt(&countOk);
    if (!countOk || n < 1 || n > 100) {
        printTo(stderr, tr("--count: expected a number from 1 to 100"));
        return 2;
    }
    QList<ChangeWindow> others;
    if (parser.isSet(shapeOptions.changes)) {
        const auto read = readChanges(parser.value(shapeOptions.changes), *zone);
        if (!read)
            return 2;
        others = *read;
    }
    const EstatePtr estate = loadEstate(parser, common);
    if (!estate)
        return 2;
    std::optional<PlannedChange> planned;
    if (forChange) {
        if (const auto stop = addStoreChanges(parser, store, others, &planned))
            return *stop;
        applyPlanned(parser, shapeOptions, *planned, *shape);
    }
    const QDateTime until = afterUtc.addSecs(*horizon + *duration);
    ConflictChecker checker(estate, afterUtc.addDays(-1), until.addDays(1));
    shape->start = afterUtc;
    shape->end = afterUtc.addSecs(*duration);
    if (const Status valid = checker.validate(*shape); !valid) {
        printTo(stderr, valid.error().message);
        return 2;
    }
    if (!forChange) {
        if (const auto stop = addStoreChanges(parser, store, others))
            return *stop;
    } else {
        checker.setFreezeOverrides(planned->overrides);
    }
    checker.setOtherChanges(others);
    checker.setViewerTimeZone(*zone);
    const SafeWindowFinder finder(checker);
    const QList<WindowProposal> proposals = finder.find(*shape, *duration, afterUtc, n, until);

    if (parser.value(shapeOptions.format) == QLatin1String("json")) {
        QJsonArray array;
        for (const WindowProposal &p : proposals) {
            QJsonObject o;
            o.insert(QStringLiteral("start"), isoUtc(p.start));
            o.insert(QStringLiteral("end"), isoUtc(p.end));
            o.insert(QStringLiteral("insideMaintenanceWindow"), p.insideMaintenanceWindow);
            o.insert(QStringLiteral("worstImpact"), toString(p.worstImpact));
            o.insert(QStringLiteral("sitesInBusinessHours"), p.sitesInBusinessHours);
            o.insert(QStringLiteral("explanation"), p.explanation);
            QJsonArray conflicts;
            for (const Conflict &c : p.softConflicts)
                conflicts.append(conflictJson(c));
            o.insert(QStringLiteral("softConflicts"), conflicts);
            array.append(o);
        }
        printBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return proposals.isEmpty() ? 1 : 0;
    }
    if (proposals.isEmpty()) {
        printTo(stdout, tr("no safe window found"));
        return 1;
    }
    QString out;
    for (qsizetype i = 0; i < proposals.size(); ++i) {
        const WindowProposal &p = proposals.at(i);
        out += QString::number(i + 1) + QStringLiteral(". ") + isoUtc(p.start) + QStringLiteral(" – ") + isoUtc(p.end)
            + QStringLiteral("  (") + p.start.toTimeZone(*zone).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"))
            + QLatin1Char(' ') + zoneLabel(*zone) + QStringLiteral(")\n   ") + p.explanation + QLatin1Char('\n');
        for (const Conflict &c : p.softConflicts)
            out += QStringLiteral("   - ") + c.message + QLatin1Char('\n');
    }
    printTo(stdout, out);
    return 0;
}

} // namespace

GATEHOUSE_HEADLESS_COMMAND(calendar,
                           QT_TRANSLATE_NOOP("HeadlessCommand", "List the business calendar (cycles, slots, freezes, "
                                                                "holidays) over a range"),
                           runCalendar);

static const HeadlessCommandRegistration gatehouseHeadlessCommandCheckWindow(HeadlessCommand{
    "check-window", QT_TRANSLATE_NOOP("HeadlessCommand", "Check a change window against the business calendar"),
    runCheckWindow});

static const HeadlessCommandRegistration gatehouseHeadlessCommandNextWindow(HeadlessCommand{
    "next-window", QT_TRANSLATE_NOOP("HeadlessCommand", "Find the next safe windows for a change"), runNextWindow});

} // namespace Gatehouse::App
