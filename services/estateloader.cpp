#include "estateloader.h"

#include "estatevalues.h"

#include "models/calendarengine.h"
#include "models/icsparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include "yamltree.h"

#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <exception>
#include <string>
#include <thread>
#include <vector>

namespace Gatehouse::Services {

using namespace Gatehouse::Models;
namespace Values = EstateValues;

bool EstateLoadResult::hasErrors() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

namespace {

using Keys = std::vector<const char *>;

Keys operator+(Keys a, const Keys &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

const Keys kTimeRuleKeys{"name", "rrule", "startDate", "start", "allDay", "duration", "timeZone"};
const QStringList kKinds{QStringLiteral("Estate"),      QStringLiteral("Site"),     QStringLiteral("Environment"),
                         QStringLiteral("Integration"), QStringLiteral("Calendar"), QStringLiteral("Policy")};
const QStringList kCriticalities{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                 QStringLiteral("low")};
const QStringList kTiers{QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("development")};

// A partner's .ics event as transmission-slot rules. An event without EXDATE or RDATE is
// one rule, exactly as written. One with them is expanded (libical, as the calendar
// engine does) into one-off rules, from its first occurrence to five years from now.
QList<Models::TimeRule> partnerSlots(const Models::CalendarEvent &event)
{
    Models::TimeRule rule = event.when;
    rule.name = event.summary.isEmpty() ? event.uid : event.summary;
    rule.location = event.location;
    if (event.exceptions.isEmpty() && event.extraDates.isEmpty())
        return {rule};
    // Floating times are wall-clock times: expanding them "in UTC" keeps their fields.
    const QString zone = rule.timeZone.isEmpty() ? QStringLiteral("UTC") : rule.timeZone;
    const QDateTime from = Models::CalendarEngine::toUtc(rule.startDate, rule.allDay ? QTime(0, 0) : rule.startTime, zone)
                               .addDays(-2);
    QDate last = QDate::currentDate().addYears(5);
    for (const QDateTime &extra : event.extraDates)
        last = std::max(last, extra.date().addDays(1));
    const QDateTime to(last, QTime(0, 0), QTimeZone::utc());
    const auto spans = Models::CalendarEngine::occurrences(rule, zone, from, to, event.exceptions, event.extraDates);
    QList<Models::TimeRule> result;
    result.reserve(spans.size());
    for (const auto &span : spans) {
        const QDateTime local = Models::CalendarEngine::toWallClock(span.first, zone);
        Models::TimeRule one = rule;
        one.rrule.clear();
        one.startDate = local.date();
        one.startTime = rule.allDay ? rule.startTime : local.time();
        result.append(one);
        if (result.size() >= 20000)
            break;
    }
    return result;
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

enum class RefKind { Site, Environment, Integration, HolidaySet };

/// A name that must exist once everything is read.
struct Reference
{
    RefKind kind;
    QString name;
    QString key;
    SourceLocation location;
};

struct FileInput
{
    QString name; ///< relative to the estate folder, for messages
    QString dir;  ///< absolute folder of the file, for relative .ics paths
    QByteArray data;
};

struct ParsedYaml;
class Loader;

/// One YAML mapping with the keys it allows. Checks its keys once (unknown,
/// duplicate, non-scalar) and then answers lookups.
class Map
{
public:
    Map(Loader &loader, const YamlNode &node, QString path, const Keys &allowed, const SourceLocation &fallback);

    bool valid() const { return m_valid; }
    /// The value node, or an undefined node when the key is absent.
    YamlNode value(const char *key) const;
    bool has(const char *key) const { return find(key) != nullptr; }
    SourceLocation location() const { return m_location; }
    SourceLocation keyLocation(const char *key) const;
    /// Where to point at the value (its key when the value is empty).
    SourceLocation valueLocation(const char *key) const;
    QString child(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + QLatin1Char('.') + QLatin1String(key);
    }
    const QString &path() const { return m_path; }

private:
    struct Entry
    {
        const char *key; ///< one of the allowed keys
        YamlNode keyNode;
        YamlNode value;
    };
    const Entry *find(const char *key) const;

    Loader &m_loader;
    QString m_path;
    SourceLocation m_location;
    std::vector<Entry> m_entries;
    bool m_valid = false;
};

class Loader
{
public:
    explicit Loader(QString folderLabel) : m_folderLabel(std::move(folderLabel)) {}

    void parseFile(const FileInput &file);
    /// Builds the estate objects of one file from its already parsed YAML.
    void addFile(const FileInput &file, ParsedYaml parsed);
    EstateLoadResult finish(const QString &rootPath, const QStringList &files);

    // Reporting, used by Map too.
    void error(const SourceLocation &location, const QString &message)
    {
        m_diagnostics.append(Diagnostic{location, Diagnostic::Severity::Error, message});
    }
    SourceLocation at(const YamlNode &node, const SourceLocation &fallback = {}) const
    {
        const YamlMark mark = node.Mark();
        if (mark.isNull())
            return fallback.isValid() ? fallback : SourceLocation{m_file, 1, 1};
        return SourceLocation{m_file, mark.line + 1, mark.column + 1};
    }

private:
    // Typed value readers. Each reports its own problems and returns nullopt then.
    std::optional<QString> text(const Map &m, const char *key, bool required, bool secret = false);
    std::optional<QString> scalarText(const YamlNode &node, const QString &key, const SourceLocation &where,
                                      bool secret = false);
    std::optional<qint64> integer(const Map &m, const char *key, bool required, qint64 min, qint64 max);
    std::optional<double> number(const Map &m, const char *key, bool required);
    std::optional<bool> boolean(const Map &m, const char *key, bool required);
    std::optional<QString> oneOf(const Map &m, const char *key, bool required, const QStringList &allowed);
    std::optional<QString> timeZone(const Map &m, const char *key, bool required);
    std::optional<qint64> duration(const Map &m, const char *key, bool required);
    std::optional<QString> secretReference(const Map &m, const char *key, bool required);
    /// bearerToken / basicAuth / caFile of spec.prometheus or spec.alertmanager.
    Models::HttpSourceAccess httpSourceAccess(const Map &m);
    QStringList stringList(const Map &m, const char *key, bool required,
                           std::optional<RefKind> references = std::nullopt, const QStringList &allowed = {});
    /// The items of a sequence value, or none (after reporting) when it is not one.
    std::vector<YamlNode> sequence(const Map &m, const char *key, bool required);
    QString item(const Map &m, const char *key, std::size_t index) const
    {
        return m.child(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }
    void missing(const Map &m, const char *key, const QString &why = {});
    void wrongType(const YamlNode &node, const QString &key, const QString &expected, const SourceLocation &where,
                   bool secret = false);
    void reference(RefKind kind, const QString &name, const QString &key, const SourceLocation &location)
    {
        m_references.append(Reference{kind, name, key, location});
    }
    /// Reports a second use of `name` among siblings; true when it is new.
    bool unique(QHash<QString, SourceLocation> &seen, const QString &name, const QString &what,
                const SourceLocation &location);

    void parseDocument(const YamlNode &document);
    void parseEstate(const Map &spec, const QString &name, const SourceLocation &nameLocation);
    void parseSite(const Map &spec, Site &site);
    void parseEnvironment(const Map &spec, Environment &environment);
    void parseIntegration(const Map &spec, Integration &integration);
    void parseCalendar(const Map &spec, Calendar &calendar);
    void parsePolicy(const Map &spec, Policy &policy);
    std::optional<TimeRule> parseTimeRule(const Map &m, bool allowMissingStart = false);
    QList<ApprovalRequirement> parseApprovals(const Map &m, const char *key);

    void checkReferences();
    void checkSyncCycles();

    QString m_folderLabel;
    QString m_file;
    QString m_dir;
    Diagnostics m_diagnostics;
    std::shared_ptr<Estate> m_estate = std::make_shared<Estate>();
    int m_estateCount = 0;
    SourceLocation m_estateLocation;
    QHash<QString, SourceLocation> m_names[6];
    QHash<int, SourceLocation> m_policyTiers;
    QHash<QString, SourceLocation> m_holidaySets;
    QList<Reference> m_references;
};

// ---------------------------------------------------------------------------

Map::Map(Loader &loader, const YamlNode &node, QString path, const Keys &allowed, const SourceLocation &fallback)
    : m_loader(loader)
    , m_path(std::move(path))
    , m_location(loader.at(node, fallback))
{
    if (!node.IsMap()) {
        const QString where = m_path.isEmpty() ? EstateLoader::tr("the document")
                                               : QLatin1Char('\'') + m_path + QLatin1Char('\'');
        loader.error(m_location, EstateLoader::tr("%1 must be a mapping (key: value pairs)").arg(where));
        return;
    }
    m_valid = true;
    m_entries.reserve(node.size());
    const std::size_t pairs = node.size();
    for (std::size_t i = 0; i < pairs; ++i) {
        const YamlNode keyNode = node.key(i);
        if (!keyNode.IsScalar()) {
            loader.error(loader.at(keyNode, m_location), EstateLoader::tr("keys must be plain words"));
            continue;
        }
        const std::string_view key = keyNode.Scalar();
        const auto known = std::find_if(allowed.begin(), allowed.end(), [&](const char *k) { return key == k; });
        if (known == allowed.end()) {
            QStringList candidates;
            for (const char *k : allowed)
                candidates.append(QString::fromLatin1(k));
            const QString suggestion = Values::closestMatch(q(key), candidates);
            QString message = m_path.isEmpty() ? EstateLoader::tr("unknown key '%1'").arg(q(key))
                                               : EstateLoader::tr("unknown key '%1' in '%2'").arg(q(key), m_path);
            if (!suggestion.isEmpty())
                message += EstateLoader::tr("; did you mean '%1'?").arg(suggestion);
            else
                message += EstateLoader::tr("; expected one of: %1").arg(candidates.join(QStringLiteral(", ")));
            loader.error(loader.at(keyNode, m_location), message);
            continue;
        }
        if (find(*known)) {
            loader.error(loader.at(keyNode, m_location),
                         EstateLoader::tr("key '%1' appears twice; the first is at line %2")
                             .arg(child(*known))
                             .arg(keyLocation(*known).line));
            continue;
        }
        m_entries.push_back(Entry{*known, keyNode, node.value(i)});
    }
}

const Map::Entry *Map::find(const char *key) const
{
    for (const Entry &entry : m_entries) {
        if (std::strcmp(entry.key, key) == 0)
            return &entry;
    }
    return nullptr;
}

YamlNode Map::value(const char *key) const
{
    const Entry *entry = find(key);
    return entry ? entry->value : YamlNode();
}

SourceLocation Map::keyLocation(const char *key) const
{
    const Entry *entry = find(key);
    return entry ? m_loader.at(entry->keyNode, m_location) : m_location;
}

SourceLocation Map::valueLocation(const char *key) const
{
    const Entry *entry = find(key);
    if (!entry)
        return m_location;
    if (entry->value.IsNull())
        return m_loader.at(entry->keyNode, m_location);
    return m_loader.at(entry->value, m_loader.at(entry->keyNode, m_location));
}

// ---------------------------------------------------------------------------

void Loader::missing(const Map &m, const char *key, const QString &why)
{
    QString message = m.path().isEmpty()
        ? EstateLoader::tr("missing required key '%1'").arg(QLatin1String(key))
        : EstateLoader::tr("missing required key '%1' in '%2'").arg(QLatin1String(key), m.path());
    if (!why.isEmpty())
        message += QStringLiteral(" (") + why + QLatin1Char(')');
    error(m.location(), message);
}

void Loader::wrongType(const YamlNode &node, const QString &key, const QString &expected, const SourceLocation &where,
                       bool secret)
{
    QString message = EstateLoader::tr("'%1' must be %2").arg(key, expected);
    if (node.IsScalar() && !secret)
        message += EstateLoader::tr(", got '%1'").arg(q(node.Scalar()));
    else if (node.IsSequence())
        message += EstateLoader::tr(", got a list");
    else if (node.IsMap())
        message += EstateLoader::tr(", got a mapping");
    else if (node.IsNull())
        message += EstateLoader::tr(", got nothing");
    error(where, message);
}

std::optional<QString> Loader::scalarText(const YamlNode &node, const QString &key, const SourceLocation &where,
                                          bool secret)
{
    if (!node.IsScalar()) {
        wrongType(node, key, EstateLoader::tr("a string"), where, secret);
        return std::nullopt;
    }
    return q(node.Scalar());
}

std::optional<QString> Loader::text(const Map &m, const char *key, bool required, bool secret)
{
    const YamlNode node = m.value(key);
    if (!node.IsDefined() || node.IsNull()) {
        if (required)
            missing(m, key);
        return std::nullopt;
    }
    return scalarText(node, m.child(key), m.valueLocation(key), secret);
}

std::optional<qint64> Loader::integer(const Map &m, const char *key, bool required, qint64 min, qint64 max)
{
    const auto value = text(m, key, required);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const qint64 number = value->toLongLong(&ok);
    if (!ok || number < min || number > max) {
        error(m.valueLocation(key),
              EstateLoader::tr("'%1' must be an integer from %2 to %3, got '%4'")
                  .arg(m.child(key))
                  .arg(min)
                  .arg(max)
                  .arg(*value));
        return std::nullopt;
    }
    return number;
}

std::optional<double> Loader::number(const Map &m, const char *key, bool required)
{
    const auto value = text(m, key, required);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const double number = value->toDouble(&ok);
    if (!ok || !std::isfinite(number)) {
        error(m.valueLocation(key), EstateLoader::tr("'%1' must be a number, got '%2'").arg(m.child(key), *value));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> Loader::boolean(const Map &m, const char *key, bool required)
{
    const auto value = text(m, key, required);
    if (!value)
        return std::nullopt;
    if (*value == QLatin1String("true"))
        return true;
    if (*value == QLatin1String("false"))
        return false;
    error(m.valueLocation(key), EstateLoader::tr("'%1' must be true or false, got '%2'").arg(m.child(key), *value));
    return std::nullopt;
}

std::optional<QString> Loader::oneOf(const Map &m, const char *key, bool required, const QStringList &allowed)
{
    const auto value = text(m, key, required);
    if (!value)
        return std::nullopt;
    if (allowed.contains(*value))
        return value;
    QString message = EstateLoader::tr("'%1' must be one of %2, got '%3'")
                          .arg(m.child(key), allowed.join(QStringLiteral(", ")), *value);
    const QString suggestion = Values::closestMatch(*value, allowed);
    if (!suggestion.isEmpty())
        message += EstateLoader::tr("; did you mean '%1'?").arg(suggestion);
    error(m.valueLocation(key), message);
    return std::nullopt;
}

std::optional<QString> Loader::timeZone(const Map &m, const char *key, bool required)
{
    const auto value = text(m, key, required);
    if (!value)
        return std::nullopt;
    if (Values::isKnownTimeZone(*value))
        return value;
    error(m.valueLocation(key),
          EstateLoader::tr("'%1': unknown time zone '%2'; expected an IANA identifier such as Europe/Amsterdam")
              .arg(m.child(key), *value));
    return std::nullopt;
}

std::optional<qint64> Loader::duration(const Map &m, const char *key, bool required)
{
    const auto value = text(m, key, required);
    if (!value)
        return std::nullopt;
    if (const auto seconds = Values::parseDuration(*value))
        return seconds;
    error(m.valueLocation(key),
          EstateLoader::tr("'%1' must be an ISO 8601 duration such as PT30M, PT2H or P1DT12H "
                           "(no years or months), got '%2'")
              .arg(m.child(key), *value));
    return std::nullopt;
}

std::optional<QString> Loader::secretReference(const Map &m, const char *key, bool required)
{
    const auto value = text(m, key, required, /*secret=*/true);
    if (!value)
        return std::nullopt;
    if (Values::isSecretReference(*value))
        return value;
    // Never repeat the value: it may be the secret itself.
    error(m.valueLocation(key),
          EstateLoader::tr("'%1' must be a secret reference keychain:<service>/<account>; secrets are never "
                           "written in the estate (the value is not shown)")
              .arg(m.child(key)));
    return std::nullopt;
}

// The loader needs no TLS library: a PEM certificate block is enough here; the health
// clients parse it when they connect and report a damaged one then.
bool holdsPemCertificate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pem = file.read(1024 * 1024);
    const qsizetype begin = pem.indexOf("-----BEGIN CERTIFICATE-----");
    return begin >= 0 && pem.indexOf("-----END CERTIFICATE-----", begin) > begin;
}

Models::HttpSourceAccess Loader::httpSourceAccess(const Map &m)
{
    Models::HttpSourceAccess access;
    access.bearerTokenRef = secretReference(m, "bearerToken", false).value_or(QString());
    const YamlNode basic = m.value("basicAuth");
    if (basic.IsDefined() && !basic.IsNull()) {
        const Map b(*this, basic, m.child("basicAuth"), Keys{"user", "password"}, m.valueLocation("basicAuth"));
        if (b.valid()) {
            access.basicAuthUser = text(b, "user", true).value_or(QString());
            access.basicAuthPasswordRef = secretReference(b, "password", true).value_or(QString());
        }
        if (m.value("bearerToken").IsDefined())
            error(m.valueLocation("basicAuth"),
                  EstateLoader::tr("'%1' and '%2' cannot both be set: choose one way to log in")
                      .arg(m.child("basicAuth"), m.child("bearerToken")));
    }
    if (const auto ca = text(m, "caFile", false)) {
        const QString resolved = QDir::cleanPath(QDir(m_dir).absoluteFilePath(*ca));
        if (!QFileInfo(resolved).isFile())
            error(m.valueLocation("caFile"), EstateLoader::tr("'%1': CA file '%2' does not exist (looked for %3)")
                                                 .arg(m.child("caFile"), *ca, resolved));
        else if (!holdsPemCertificate(resolved))
            error(m.valueLocation("caFile"),
                  EstateLoader::tr("'%1': '%2' holds no PEM certificate").arg(m.child("caFile"), *ca));
        else
            access.caFile = resolved;
    }
    return access;
}

std::vector<YamlNode> Loader::sequence(const Map &m, const char *key, bool required)
{
    std::vector<YamlNode> items;
    const YamlNode node = m.value(key);
    if (!node.IsDefined() || node.IsNull()) {
        if (required)
            missing(m, key);
        return items;
    }
    if (!node.IsSequence()) {
        wrongType(node, m.child(key), EstateLoader::tr("a list"), m.valueLocation(key));
        return items;
    }
    items.reserve(node.size());
    for (std::size_t i = 0; i < node.size(); ++i)
        items.push_back(node[i]);
    return items;
}

QStringList Loader::stringList(const Map &m, const char *key, bool required, std::optional<RefKind> references,
                               const QStringList &allowed)
{
    QStringList result;
    const std::vector<YamlNode> items = sequence(m, key, required);
    QHash<QString, SourceLocation> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const SourceLocation where = at(items[i], m.valueLocation(key));
        const auto value = scalarText(items[i], item(m, key, i), where);
        if (!value)
            continue;
        if (!allowed.isEmpty() && !allowed.contains(*value)) {
            QString message = EstateLoader::tr("'%1' must be one of %2, got '%3'")
                                  .arg(item(m, key, i), allowed.join(QStringLiteral(", ")), *value);
            const QString suggestion = Values::closestMatch(*value, allowed);
            if (!suggestion.isEmpty())
                message += EstateLoader::tr("; did you mean '%1'?").arg(suggestion);
            error(where, message);
            continue;
        }
        if (!unique(seen, *value, m.child(key), where))
            continue;
        if (references)
            reference(*references, *value, item(m, key, i), where);
        result.append(*value);
    }
    return result;
}

bool Loader::unique(QHash<QString, SourceLocation> &seen, const QString &name, const QString &what,
                    const SourceLocation &location)
{
    const auto it = seen.constFind(name);
    if (it == seen.constEnd()) {
        seen.insert(name, location);
        return true;
    }
    error(location,
          EstateLoader::tr("duplicate name '%1' in %2; the first is at %3").arg(name, what, it.value().toString()));
    return false;
}

// ---------------------------------------------------------------------------

/// The YAML documents of one file, or why it could not be read. Built without any
/// Loader state, so files are parsed side by side (yaml-cpp is most of a load's time).
struct ParsedYaml
{
    YamlTree tree; ///< its documents; empty after an error
    Diagnostics errors;
};

ParsedYaml parseYaml(const FileInput &file)
{
    ParsedYaml parsed;
    auto fail = [&](int line, int column, const QString &message) {
        parsed.errors.append(Diagnostic{SourceLocation{file.name, line, column}, Diagnostic::Severity::Error, message});
    };
    // YAML text never holds C0 control characters other than tab, LF and CR (YAML 1.2, 5.1);
    // yaml-cpp 0.7 can loop forever on a NUL byte, so refuse them before it sees them.
    int line = 1;
    int column = 1;
    for (const char c : file.data) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7f) {
            fail(line, column,
                 EstateLoader::tr("YAML syntax error: control character 0x%1 is not allowed in YAML text")
                     .arg(byte, 2, 16, QLatin1Char('0')));
            return parsed;
        }
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xc0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    try {
        // One event pass builds the tree and watches for yaml-cpp 0.7 stalling on a
        // document that starts with a token no node can start with (a stray ',').
        YamlTree tree;
        if (!tree.parse(file.data.constData(), static_cast<std::size_t>(file.data.size()))) {
            fail(tree.stallMark().line + 1, tree.stallMark().column + 1,
                 EstateLoader::tr("YAML syntax error: unexpected character at the start of a document"));
            return parsed;
        }
        parsed.tree = std::move(tree);
    } catch (const YAML::ParserException &e) {
        if (e.mark.is_null())
            fail(1, 1, EstateLoader::tr("YAML syntax error: %1").arg(q(e.msg)));
        else
            fail(e.mark.line + 1, e.mark.column + 1, EstateLoader::tr("YAML syntax error: %1").arg(q(e.msg)));
    } catch (const std::exception &e) {
        fail(1, 1, EstateLoader::tr("cannot read YAML: %1").arg(QString::fromUtf8(e.what())));
    }
    return parsed;
}

/// Parses every file's YAML, on up to one thread per core. The results come back in
/// input order, so diagnostics and estate contents do not depend on scheduling.
std::vector<ParsedYaml> parseAll(const std::vector<FileInput> &files)
{
    std::vector<ParsedYaml> results(files.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            try {
                results[i] = parseYaml(files[i]);
            } catch (const std::exception &e) {
                results[i].errors.append(
                    Diagnostic{SourceLocation{files[i].name, 1, 1}, Diagnostic::Severity::Error,
                               EstateLoader::tr("cannot read YAML: %1").arg(QString::fromUtf8(e.what()))});
            }
        }
    };
    const std::size_t threads = std::min<std::size_t>(files.size(), std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &thread : pool)
        thread.join();
    return results;
}

void Loader::parseFile(const FileInput &file)
{
    addFile(file, parseYaml(file));
}

void Loader::addFile(const FileInput &file, ParsedYaml parsed)
{
    m_file = file.name;
    m_dir = file.dir;
    for (const Diagnostic &d : std::as_const(parsed.errors))
        m_diagnostics.append(d);
    for (std::size_t i = 0; i < parsed.tree.documentCount(); ++i) {
        const YamlNode document = parsed.tree.document(i);
        try {
            parseDocument(document);
        } catch (const std::exception &e) {
            // Nothing in the tree throws by itself; this keeps a failing allocation to one document.
            error(at(document), EstateLoader::tr("cannot read this document: %1").arg(QString::fromUtf8(e.what())));
        }
    }
}

void Loader::parseDocument(const YamlNode &document)
{
    if (!document.IsDefined() || document.IsNull())
        return; // an empty document (only comments, a trailing ---) is allowed
    const Map root(*this, document, QString(), Keys{"apiVersion", "kind", "metadata", "spec"}, {});
    if (!root.valid())
        return;

    bool envelopeOk = true;
    if (const auto api = text(root, "apiVersion", true)) {
        if (*api != QLatin1String("gatehouse/v1")) {
            error(root.valueLocation("apiVersion"),
                  EstateLoader::tr("'apiVersion' must be gatehouse/v1, got '%1'").arg(*api));
            envelopeOk = false;
        }
    } else {
        envelopeOk = false;
    }
    const auto kind = oneOf(root, "kind", true, kKinds);

    QString name;
    SourceLocation nameLocation = root.location();
    const YamlNode metadataNode = root.value("metadata");
    if (!metadataNode.IsDefined() || metadataNode.IsNull()) {
        missing(root, "metadata");
        envelopeOk = false;
    } else {
        const Map metadata(*this, metadataNode, QStringLiteral("metadata"), Keys{"name", "labels"},
                           root.valueLocation("metadata"));
        if (metadata.valid()) {
            if (const auto n = text(metadata, "name", true)) {
                nameLocation = metadata.valueLocation("name");
                if (Values::isValidName(*n)) {
                    name = *n;
                } else {
                    error(nameLocation,
                          EstateLoader::tr("'metadata.name' must be lowercase letters, digits and '-', "
                                           "starting and ending with a letter or digit, got '%1'")
                              .arg(*n));
                }
            }
            const YamlNode labels = metadata.value("labels");
            if (labels.IsDefined() && !labels.IsNull()) {
                if (!labels.IsMap()) {
                    wrongType(labels, QStringLiteral("metadata.labels"), EstateLoader::tr("a mapping of strings"),
                              metadata.valueLocation("labels"));
                } else {
                    for (std::size_t i = 0; i < labels.size(); ++i) {
                        if (!labels.key(i).IsScalar() || !labels.value(i).IsScalar())
                            wrongType(labels.value(i), QStringLiteral("metadata.labels"),
                                      EstateLoader::tr("a mapping of strings"), at(labels.key(i), metadata.location()));
                    }
                }
            }
        }
    }
    if (name.isEmpty())
        envelopeOk = false;

    const YamlNode specNode = root.value("spec");
    if (kind && *kind == QLatin1String("Estate")) {
        if (++m_estateCount > 1) {
            error(nameLocation,
                  EstateLoader::tr("a second Estate '%1'; exactly one Estate is allowed, the first is at %2")
                      .arg(name, m_estateLocation.toString()));
            return;
        }
        m_estateLocation = nameLocation;
    }
    if (!specNode.IsDefined() || specNode.IsNull()) {
        missing(root, "spec");
        return;
    }
    if (!kind)
        return;

    const int kindIndex = static_cast<int>(kKinds.indexOf(*kind));
    if (envelopeOk && kindIndex > 0) {
        QHash<QString, SourceLocation> &names = m_names[kindIndex];
        const auto it = names.constFind(name);
        if (it != names.constEnd()) {
            error(
                nameLocation,
                EstateLoader::tr("duplicate %1 name '%2'; the first is at %3").arg(*kind, name, it.value().toString()));
            envelopeOk = false;
        } else {
            names.insert(name, nameLocation);
        }
    }

    const SourceLocation specFallback = root.valueLocation("spec");
    switch (kindIndex) {
    case 0: {
        const Map spec(*this, specNode, QStringLiteral("spec"), Keys{"displayName", "defaultTimeZone", "description"},
                       specFallback);
        if (spec.valid())
            parseEstate(spec, name, nameLocation);
        break;
    }
    case 1: {
        const Map spec(*this, specNode, QStringLiteral("spec"),
                       Keys{"displayName", "timeZone", "country", "holidays", "cycles"}, specFallback);
        Site site;
        site.name = name;
        site.location = nameLocation;
        if (spec.valid())
            parseSite(spec, site);
        if (envelopeOk)
            m_estate->sites.append(std::move(site));
        break;
    }
    case 2: {
        const Map spec(*this, specNode, QStringLiteral("spec"),
                       Keys{"displayName", "tier", "hosting", "sites", "kubernetes", "odooDatabase", "prometheus",
                            "alertmanager", "workloads"},
                       specFallback);
        Environment environment;
        environment.name = name;
        environment.location = nameLocation;
        if (spec.valid())
            parseEnvironment(spec, environment);
        if (envelopeOk)
            m_estate->environments.append(std::move(environment));
        break;
    }
    case 3: {
        const Map spec(*this, specNode, QStringLiteral("spec"),
                       Keys{"displayName", "kind", "criticality", "owner", "description", "odooModule", "processes",
                            "sites", "environments", "partners", "dependsOn", "contract", "health", "credentials"},
                       specFallback);
        Integration integration;
        integration.name = name;
        integration.location = nameLocation;
        if (spec.valid())
            parseIntegration(spec, integration);
        if (envelopeOk)
            m_estate->integrations.append(std::move(integration));
        break;
    }
    case 4: {
        const Map spec(*this, specNode, QStringLiteral("spec"),
                       Keys{"timeZone", "holidays", "businessCycles", "freezes", "maintenanceWindows"}, specFallback);
        Calendar calendar;
        calendar.name = name;
        calendar.location = nameLocation;
        if (spec.valid())
            parseCalendar(spec, calendar);
        if (envelopeOk)
            m_estate->calendars.append(std::move(calendar));
        break;
    }
    case 5: {
        const Map spec(*this, specNode, QStringLiteral("spec"),
                       Keys{"tier", "approvals", "separationOfDuties", "emergency", "gates", "risk", "promotionPath",
                            "rollbackCriteria", "overrides"},
                       specFallback);
        Policy policy;
        policy.name = name;
        policy.location = nameLocation;
        if (spec.valid())
            parsePolicy(spec, policy);
        if (envelopeOk)
            m_estate->policies.append(std::move(policy));
        break;
    }
    default:
        break;
    }
}

void Loader::parseEstate(const Map &spec, const QString &name, const SourceLocation &nameLocation)
{
    Q_UNUSED(nameLocation)
    m_estate->name = name;
    m_estate->displayName = text(spec, "displayName", false).value_or(QString());
    m_estate->defaultTimeZone = timeZone(spec, "defaultTimeZone", true).value_or(QString());
    m_estate->description = text(spec, "description", false).value_or(QString());
}

std::optional<TimeRule> Loader::parseTimeRule(const Map &m, bool allowMissingStart)
{
    TimeRule rule;
    bool ok = true;
    rule.location = m.location();
    if (const auto name = text(m, "name", true))
        rule.name = *name;
    else
        ok = false;
    if (const auto rrule = text(m, "rrule", false)) {
        const QString reason = Values::rruleError(*rrule);
        if (reason.isEmpty()) {
            rule.rrule = *rrule;
        } else {
            error(m.valueLocation("rrule"),
                  EstateLoader::tr("'%1' is not a valid RRULE '%2': %3").arg(m.child("rrule"), *rrule, reason));
            ok = false;
        }
    }
    rule.startDate = QDate(2026, 1, 1);
    if (const auto startDate = text(m, "startDate", false)) {
        if (const auto date = Values::parseDate(*startDate)) {
            rule.startDate = *date;
        } else {
            error(m.valueLocation("startDate"),
                  EstateLoader::tr("'%1' must be a date YYYY-MM-DD, got '%2'").arg(m.child("startDate"), *startDate));
            ok = false;
        }
    }
    rule.allDay = boolean(m, "allDay", false).value_or(false);
    if (rule.allDay) {
        if (m.has("start")) {
            error(m.keyLocation("start"),
                  EstateLoader::tr("'%1' must be omitted when allDay is true").arg(m.child("start")));
            ok = false;
        }
        rule.durationSeconds = m.has("duration") ? duration(m, "duration", false).value_or(0) : 86400;
    } else {
        if (const auto start = text(m, "start", !allowMissingStart)) {
            if (const auto time = Values::parseTimeOfDay(*start)) {
                rule.startTime = *time;
            } else {
                error(m.valueLocation("start"),
                      EstateLoader::tr("'%1' must be a time of day HH:MM (24 h), got '%2'")
                          .arg(m.child("start"), *start));
                ok = false;
            }
        } else {
            ok = false;
        }
        if (const auto seconds = duration(m, "duration", true))
            rule.durationSeconds = *seconds;
        else
            ok = false;
    }
    if (const auto zone = timeZone(m, "timeZone", false))
        rule.timeZone = *zone;
    if (!ok)
        return std::nullopt;
    return rule;
}

void Loader::parseSite(const Map &spec, Site &site)
{
    site.displayName = text(spec, "displayName", false).value_or(QString());
    site.timeZone = timeZone(spec, "timeZone", true).value_or(QString());
    if (const auto country = text(spec, "country", false)) {
        const bool ok = country->size() == 2 && country->at(0).isUpper() && country->at(1).isUpper()
            && country->at(0).unicode() < 128 && country->at(1).unicode() < 128;
        if (ok)
            site.country = *country;
        else
            error(spec.valueLocation("country"),
                  EstateLoader::tr("'%1' must be an ISO 3166 alpha-2 code such as NL or US, got '%2'")
                      .arg(spec.child("country"), *country));
    }
    site.holidays = stringList(spec, "holidays", false, RefKind::HolidaySet);
    const auto cycles = sequence(spec, "cycles", false);
    QHash<QString, SourceLocation> seen;
    for (std::size_t i = 0; i < cycles.size(); ++i) {
        const Map m(*this, cycles[i], item(spec, "cycles", i), kTimeRuleKeys + Keys{"kind", "impact", "processes"},
                    spec.valueLocation("cycles"));
        if (!m.valid())
            continue;
        OperatingCycle cycle;
        cycle.kind = oneOf(m, "kind", true,
                           {QStringLiteral("wave-picking"), QStringLiteral("carrier-cutoff"),
                            QStringLiteral("receiving"), QStringLiteral("shift"), QStringLiteral("inventory-count"),
                            QStringLiteral("other")})
                         .value_or(QString());
        if (const auto impact = oneOf(m, "impact", false, kCriticalities))
            cycle.impact = criticalityFromString(*impact).value_or(Criticality::High);
        cycle.processes = stringList(m, "processes", false);
        if (auto rule = parseTimeRule(m)) {
            if (unique(seen, rule->name, spec.child("cycles"), m.valueLocation("name"))) {
                cycle.name = rule->name;
                cycle.when = std::move(*rule);
                site.cycles.append(std::move(cycle));
            }
        }
    }
}

void Loader::parseEnvironment(const Map &spec, Environment &environment)
{
    environment.displayName = text(spec, "displayName", false).value_or(QString());
    const auto tier = oneOf(spec, "tier", true, kTiers);
    if (tier)
        environment.tier = tierFromString(*tier).value_or(Tier::Development);
    if (const auto hosting = oneOf(spec, "hosting", true,
                                   {QStringLiteral("dedicated"), QStringLiteral("multi-tenant")}))
        environment.hosting = hostingFromString(*hosting).value_or(Hosting::MultiTenant);
    const bool production = tier && environment.tier == Tier::Production;
    environment.sites = stringList(spec, "sites", false, RefKind::Site);
    if (production && environment.sites.isEmpty() && !spec.has("sites"))
        missing(spec, "sites", EstateLoader::tr("a production environment names the sites it serves"));
    else if (production && environment.sites.isEmpty() && spec.value("sites").IsSequence())
        error(
            spec.valueLocation("sites"),
            EstateLoader::tr("'%1' must name at least one site for a production environment").arg(spec.child("sites")));

    const YamlNode kube = spec.value("kubernetes");
    if (!kube.IsDefined() || kube.IsNull()) {
        missing(spec, "kubernetes");
    } else {
        const Map m(*this, kube, spec.child("kubernetes"), Keys{"context", "namespace"},
                    spec.valueLocation("kubernetes"));
        if (m.valid()) {
            environment.kubeContext = text(m, "context", true).value_or(QString());
            environment.kubeNamespace = text(m, "namespace", true).value_or(QString());
        }
    }

    const YamlNode db = spec.value("odooDatabase");
    if (db.IsDefined() && !db.IsNull()) {
        const Map m(*this, db, spec.child("odooDatabase"), Keys{"host", "port", "name", "user", "sslMode", "password"},
                    spec.valueLocation("odooDatabase"));
        if (m.valid()) {
            DatabaseEndpoint &endpoint = environment.odooDatabase;
            endpoint.host = text(m, "host", true).value_or(QString());
            endpoint.port = static_cast<int>(integer(m, "port", false, 1, 65535).value_or(5432));
            endpoint.name = text(m, "name", true).value_or(QString());
            endpoint.user = text(m, "user", true).value_or(QString());
            endpoint.sslMode = oneOf(m, "sslMode", false,
                                     {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                      QStringLiteral("require"), QStringLiteral("verify-ca"),
                                      QStringLiteral("verify-full")})
                                   .value_or(QString());
            endpoint.passwordRef = secretReference(m, "password", false).value_or(QString());
        }
    }

    const auto endpointUrl = [&](const char *key, HttpSourceAccess *access = nullptr) -> QUrl {
        const YamlNode node = spec.value(key);
        if (!node.IsDefined() || node.IsNull())
            return {};
        const Map m(*this, node, spec.child(key), Keys{"url", "bearerToken", "basicAuth", "caFile"},
                    spec.valueLocation(key));
        if (!m.valid())
            return {};
        if (access)
            *access = httpSourceAccess(m);
        const auto url = text(m, "url", true);
        if (!url)
            return {};
        const QUrl parsed(*url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
            || parsed.host().isEmpty()) {
            error(m.valueLocation("url"),
                  EstateLoader::tr("'%1' must be an http or https URL, got '%2'").arg(m.child("url"), *url));
            return {};
        }
        return parsed;
    };
    environment.prometheusUrl = endpointUrl("prometheus", &environment.prometheusAccess);
    environment.alertmanagerUrl = endpointUrl("alertmanager", &environment.alertmanagerAccess);

    const auto workloads = sequence(spec, "workloads", false);
    QHash<QString, SourceLocation> seen;
    for (std::size_t i = 0; i < workloads.size(); ++i) {
        const Map m(*this, workloads[i], item(spec, "workloads", i),
                    Keys{"name", "kind", "image", "replicas", "integrations"}, spec.valueLocation("workloads"));
        if (!m.valid())
            continue;
        Workload workload;
        workload.location = m.location();
        const auto name = text(m, "name", true);
        workload.kind = oneOf(m, "kind", true,
                              {QStringLiteral("odoo-web"), QStringLiteral("odoo-longpolling"),
                               QStringLiteral("odoo-cron"), QStringLiteral("queue-worker"),
                               QStringLiteral("integration-worker"), QStringLiteral("other")})
                            .value_or(QString());
        workload.image = text(m, "image", false).value_or(QString());
        workload.replicas = static_cast<int>(integer(m, "replicas", false, 0, 10000).value_or(1));
        workload.integrations = stringList(m, "integrations", false, RefKind::Integration);
        if (name && unique(seen, *name, spec.child("workloads"), m.valueLocation("name"))) {
            workload.name = *name;
            environment.workloads.append(std::move(workload));
        }
    }
}

void Loader::parseIntegration(const Map &spec, Integration &integration)
{
    integration.displayName = text(spec, "displayName", false).value_or(QString());
    integration.kind = oneOf(spec, "kind", true,
                             {QStringLiteral("odoo-module"), QStringLiteral("wms"), QStringLiteral("barcode"),
                              QStringLiteral("edi"), QStringLiteral("payment"), QStringLiteral("tax"),
                              QStringLiteral("marketplace"), QStringLiteral("carrier"), QStringLiteral("bi"),
                              QStringLiteral("portal"), QStringLiteral("other")})
                           .value_or(QString());
    if (const auto criticality = oneOf(spec, "criticality", true, kCriticalities))
        integration.criticality = criticalityFromString(*criticality).value_or(Criticality::Medium);
    integration.owner = text(spec, "owner", true).value_or(QString());
    integration.description = text(spec, "description", false).value_or(QString());

    const YamlNode module = spec.value("odooModule");
    const bool isModule = integration.kind == QLatin1String("odoo-module");
    if (module.IsDefined() && !module.IsNull()) {
        if (!integration.kind.isEmpty() && !isModule) {
            error(spec.keyLocation("odooModule"),
                  EstateLoader::tr("'%1' is only allowed for kind odoo-module, this integration is of kind %2")
                      .arg(spec.child("odooModule"), integration.kind));
        } else {
            const Map m(*this, module, spec.child("odooModule"), Keys{"name", "version"},
                        spec.valueLocation("odooModule"));
            if (m.valid()) {
                integration.odooModule = text(m, "name", true).value_or(QString());
                integration.moduleVersion = text(m, "version", false).value_or(QString());
            }
        }
    } else if (isModule) {
        missing(spec, "odooModule", EstateLoader::tr("required for kind odoo-module"));
    }

    integration.processes = stringList(spec, "processes", false);
    integration.sites = stringList(spec, "sites", false, RefKind::Site);
    integration.environments = stringList(spec, "environments", false, RefKind::Environment);

    const auto partners = sequence(spec, "partners", false);
    QHash<QString, SourceLocation> seenPartners;
    for (std::size_t i = 0; i < partners.size(); ++i) {
        const Map m(*this, partners[i], item(spec, "partners", i), Keys{"name", "displayName", "schedule", "ics"},
                    spec.valueLocation("partners"));
        if (!m.valid())
            continue;
        Partner partner;
        partner.location = m.location();
        const auto name = text(m, "name", true);
        partner.displayName = text(m, "displayName", false).value_or(QString());
        const auto slots = sequence(m, "schedule", false);
        QHash<QString, SourceLocation> seenSlots;
        for (std::size_t j = 0; j < slots.size(); ++j) {
            const Map slot(*this, slots[j], item(m, "schedule", j), kTimeRuleKeys, m.valueLocation("schedule"));
            if (!slot.valid())
                continue;
            if (auto rule = parseTimeRule(slot)) {
                if (unique(seenSlots, rule->name, m.child("schedule"), slot.valueLocation("name")))
                    partner.schedule.append(std::move(*rule));
            }
        }
        // Transmission slots may also come from the partner's own calendar (.ics): each
        // event is a slot. A broken file is reported with its file and line.
        if (const auto ics = text(m, "ics", false)) {
            const QString resolved = QDir::cleanPath(QDir(m_dir).absoluteFilePath(*ics));
            const QString icsName = QDir::cleanPath(QFileInfo(m_file).path() + QLatin1Char('/') + *ics);
            QFile icsFile(resolved);
            if (!QFileInfo(resolved).isFile()) {
                error(m.valueLocation("ics"), EstateLoader::tr("'%1': partner calendar '%2' does not exist (looked for %3)")
                                                  .arg(m.child("ics"), *ics, resolved));
            } else if (!icsFile.open(QIODevice::ReadOnly)) {
                error(SourceLocation{icsName, 0, 0}, EstateLoader::tr("cannot read the file: %1").arg(icsFile.errorString()));
            } else {
                Models::IcsCalendar parsed = Models::IcsParser::parse(icsFile.readAll(), icsName);
                m_diagnostics.append(parsed.diagnostics);
                for (const Models::CalendarEvent &event : std::as_const(parsed.events))
                    partner.schedule += partnerSlots(event);
            }
        }
        if (name && unique(seenPartners, *name, spec.child("partners"), m.valueLocation("name"))) {
            partner.name = *name;
            integration.partners.append(std::move(partner));
        }
    }

    const auto dependencies = sequence(spec, "dependsOn", false);
    QHash<QString, SourceLocation> seenTargets;
    for (std::size_t i = 0; i < dependencies.size(); ++i) {
        const Map m(*this, dependencies[i], item(spec, "dependsOn", i), Keys{"integration", "mode", "description"},
                    spec.valueLocation("dependsOn"));
        if (!m.valid())
            continue;
        const auto target = text(m, "integration", true);
        const auto mode = oneOf(m, "mode", true,
                                {QStringLiteral("sync"), QStringLiteral("async"), QStringLiteral("batch")});
        const auto description = text(m, "description", false);
        if (!target || !mode)
            continue;
        if (!unique(seenTargets, *target, spec.child("dependsOn"), m.valueLocation("integration")))
            continue;
        reference(RefKind::Integration, *target, m.child("integration"), m.valueLocation("integration"));
        Dependency dependency;
        dependency.target = *target;
        dependency.mode = dependencyModeFromString(*mode).value_or(DependencyMode::Sync);
        dependency.description = description.value_or(QString());
        dependency.location = m.valueLocation("integration");
        integration.dependencies.append(std::move(dependency));
    }

    const YamlNode contract = spec.value("contract");
    if (contract.IsDefined() && !contract.IsNull()) {
        const Map m(*this, contract, spec.child("contract"), Keys{"databaseRole", "tables"},
                    spec.valueLocation("contract"));
        if (m.valid()) {
            integration.contract.databaseRole = text(m, "databaseRole", false).value_or(QString());
            const auto tables = sequence(m, "tables", false);
            QHash<QString, SourceLocation> seenTables;
            for (std::size_t i = 0; i < tables.size(); ++i) {
                const Map t(*this, tables[i], item(m, "tables", i), Keys{"name", "access", "columns"},
                            m.valueLocation("tables"));
                if (!t.valid())
                    continue;
                ContractTable table;
                table.location = t.location();
                const auto name = text(t, "name", true);
                table.access = oneOf(t, "access", true,
                                     {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("read-write")})
                                   .value_or(QString());
                const auto columns = sequence(t, "columns", false);
                QHash<QString, SourceLocation> seenColumns;
                for (std::size_t j = 0; j < columns.size(); ++j) {
                    const Map c(*this, columns[j], item(t, "columns", j), Keys{"name", "type", "notNull", "references"},
                                t.valueLocation("columns"));
                    if (!c.valid())
                        continue;
                    ContractColumn column;
                    column.location = c.location();
                    const auto columnName = text(c, "name", true);
                    column.type = text(c, "type", false).value_or(QString());
                    column.notNull = boolean(c, "notNull", false).value_or(false);
                    if (const auto references = text(c, "references", false)) {
                        const qsizetype dot = references->indexOf(QLatin1Char('.'));
                        if (dot <= 0 || dot == references->size() - 1
                            || references->indexOf(QLatin1Char('.'), dot + 1) >= 0)
                            error(c.valueLocation("references"),
                                  EstateLoader::tr("'%1' must be table.column, got '%2'")
                                      .arg(c.child("references"), *references));
                        else
                            column.references = *references;
                    }
                    if (columnName && unique(seenColumns, *columnName, t.child("columns"), c.valueLocation("name"))) {
                        column.name = *columnName;
                        table.columns.append(std::move(column));
                    }
                }
                if (name && unique(seenTables, *name, m.child("tables"), t.valueLocation("name"))) {
                    table.name = *name;
                    integration.contract.tables.append(std::move(table));
                }
            }
        }
    }

    const YamlNode health = spec.value("health");
    if (health.IsDefined() && !health.IsNull()) {
        const Map m(*this, health, spec.child("health"), Keys{"successRate"}, spec.valueLocation("health"));
        if (m.valid())
            integration.healthQuery = text(m, "successRate", false).value_or(QString());
    }

    const YamlNode credentials = spec.value("credentials");
    if (credentials.IsDefined() && !credentials.IsNull()) {
        if (!credentials.IsMap()) {
            wrongType(credentials, spec.child("credentials"), EstateLoader::tr("a mapping of secret references"),
                      spec.valueLocation("credentials"), /*secret=*/true);
        } else {
            for (std::size_t i = 0; i < credentials.size(); ++i) {
                const YamlNode keyNode = credentials.key(i);
                const YamlNode valueNode = credentials.value(i);
                const SourceLocation keyWhere = at(keyNode, spec.valueLocation("credentials"));
                if (!keyNode.IsScalar()) {
                    error(keyWhere, EstateLoader::tr("keys must be plain words"));
                    continue;
                }
                const QString key = spec.child("credentials") + QLatin1Char('.') + q(keyNode.Scalar());
                const SourceLocation where = valueNode.IsNull() ? keyWhere : at(valueNode, keyWhere);
                const auto value = scalarText(valueNode, key, where, /*secret=*/true);
                if (!value)
                    continue;
                if (!Values::isSecretReference(*value)) {
                    error(where,
                          EstateLoader::tr("'%1' must be a secret reference keychain:<service>/<account>; "
                                           "secrets are never written in the estate (the value is not shown)")
                              .arg(key));
                    continue;
                }
                integration.credentials.append({q(keyNode.Scalar()), *value});
            }
        }
    }
}

void Loader::parseCalendar(const Map &spec, Calendar &calendar)
{
    calendar.timeZone = timeZone(spec, "timeZone", false).value_or(QString());

    const auto holidays = sequence(spec, "holidays", false);
    for (std::size_t i = 0; i < holidays.size(); ++i) {
        const Map m(*this, holidays[i], item(spec, "holidays", i), Keys{"name", "ics"}, spec.valueLocation("holidays"));
        if (!m.valid())
            continue;
        const auto name = text(m, "name", true);
        const auto ics = text(m, "ics", true);
        HolidaySet set;
        set.location = m.location();
        if (ics) {
            const QString resolved = QDir::cleanPath(QDir(m_dir).absoluteFilePath(*ics));
            if (!QFileInfo(resolved).isFile()) {
                error(m.valueLocation("ics"),
                      EstateLoader::tr("'%1': holiday file '%2' does not exist (looked for %3)")
                          .arg(m.child("ics"), *ics, resolved));
            } else {
                // The holidays are read now so that a broken .ics is reported with file and
                // line next to the YAML findings.
                QFile icsFile(resolved);
                const QString icsName = QDir::cleanPath(QFileInfo(m_file).path() + QLatin1Char('/') + *ics);
                if (!icsFile.open(QIODevice::ReadOnly)) {
                    error(SourceLocation{icsName, 0, 0},
                          EstateLoader::tr("cannot read the file: %1").arg(icsFile.errorString()));
                } else {
                    Models::IcsCalendar parsed = Models::IcsParser::parse(icsFile.readAll(), icsName);
                    m_diagnostics.append(parsed.diagnostics);
                    set.events = std::move(parsed.events);
                }
            }
            set.icsPath = resolved;
        }
        if (name) {
            const auto it = m_holidaySets.constFind(*name);
            if (it != m_holidaySets.constEnd()) {
                error(m.valueLocation("name"),
                      EstateLoader::tr("duplicate holiday set name '%1'; the first is at %2")
                          .arg(*name, it.value().toString()));
                continue;
            }
            m_holidaySets.insert(*name, m.valueLocation("name"));
            set.name = *name;
            calendar.holidays.append(std::move(set));
        }
    }

    const auto cycles = sequence(spec, "businessCycles", false);
    QHash<QString, SourceLocation> seenCycles;
    for (std::size_t i = 0; i < cycles.size(); ++i) {
        const Map m(*this, cycles[i], item(spec, "businessCycles", i),
                    kTimeRuleKeys + Keys{"impact", "processes", "sites", "businessDays"},
                    spec.valueLocation("businessCycles"));
        if (!m.valid())
            continue;
        BusinessCycle cycle;
        cycle.location = m.location();
        if (const auto impact = oneOf(m, "impact", false, kCriticalities))
            cycle.impact = criticalityFromString(*impact).value_or(Criticality::High);
        cycle.processes = stringList(m, "processes", false);
        cycle.sites = stringList(m, "sites", false, RefKind::Site);
        const bool hasRule = m.has("rrule") || m.has("start") || m.has("duration") || m.has("allDay")
            || m.has("startDate");
        const auto name = text(m, "name", true);
        if (m.has("businessDays") && hasRule) {
            error(m.keyLocation("businessDays"),
                  EstateLoader::tr("'%1' has both businessDays and a time rule (rrule, start, duration); use one")
                      .arg(m.path()));
            continue;
        }
        if (m.has("businessDays")) {
            const Map b(*this, m.value("businessDays"), m.child("businessDays"),
                        Keys{"period", "last", "first", "holidays"}, m.valueLocation("businessDays"));
            if (!b.valid())
                continue;
            BusinessDayRule rule;
            if (const auto period = oneOf(b, "period", true,
                                          {QStringLiteral("month"), QStringLiteral("quarter"), QStringLiteral("year")}))
                rule.period = *period == QLatin1String("month") ? BusinessDayRule::Period::Month
                    : *period == QLatin1String("quarter")       ? BusinessDayRule::Period::Quarter
                                                                : BusinessDayRule::Period::Year;
            rule.lastDays = static_cast<int>(integer(b, "last", false, 0, 60).value_or(0));
            rule.firstDays = static_cast<int>(integer(b, "first", false, 0, 60).value_or(0));
            if (rule.lastDays == 0 && rule.firstDays == 0 && !b.has("last") && !b.has("first"))
                missing(b, "last", EstateLoader::tr("give last, first or both"));
            if (const auto set = text(b, "holidays", false)) {
                rule.holidays = *set;
                reference(RefKind::HolidaySet, *set, b.child("holidays"), b.valueLocation("holidays"));
            }
            cycle.businessDays = rule;
        } else if (hasRule) {
            auto rule = parseTimeRule(m);
            if (!rule)
                continue;
            cycle.when = std::move(*rule);
        } else {
            missing(m, "businessDays", EstateLoader::tr("or a time rule: rrule, start and duration"));
            continue;
        }
        if (name && unique(seenCycles, *name, spec.child("businessCycles"), m.valueLocation("name"))) {
            cycle.name = *name;
            calendar.businessCycles.append(std::move(cycle));
        }
    }

    const auto freezes = sequence(spec, "freezes", false);
    QHash<QString, SourceLocation> seenFreezes;
    for (std::size_t i = 0; i < freezes.size(); ++i) {
        const Map m(*this, freezes[i], item(spec, "freezes", i),
                    Keys{"name", "reason", "start", "end", "timeZone", "allowedChangeTypes", "tiers", "environments"},
                    spec.valueLocation("freezes"));
        if (!m.valid())
            continue;
        Freeze freeze;
        freeze.location = m.location();
        const auto name = text(m, "name", true);
        freeze.reason = text(m, "reason", false).value_or(QString());
        const auto moment = [&](const char *key) -> std::optional<QDateTime> {
            const auto value = text(m, key, true);
            if (!value)
                return std::nullopt;
            if (const auto parsed = Values::parseDateTime(*value))
                return parsed;
            error(m.valueLocation(key),
                  EstateLoader::tr("'%1' must be a date YYYY-MM-DD or a date-time "
                                   "YYYY-MM-DDTHH:MM[:SS], got '%2'")
                      .arg(m.child(key), *value));
            return std::nullopt;
        };
        const auto start = moment("start");
        const auto end = moment("end");
        if (start && end && *end <= *start)
            error(m.valueLocation("end"),
                  EstateLoader::tr("'%1' (%2) must be after start (%3)")
                      .arg(m.child("end"), end->toString(Qt::ISODate), start->toString(Qt::ISODate)));
        freeze.start = start.value_or(QDateTime());
        freeze.end = end.value_or(QDateTime());
        freeze.timeZone = timeZone(m, "timeZone", false).value_or(QString());
        for (const QString &type :
             stringList(m, "allowedChangeTypes", false, std::nullopt,
                        {QStringLiteral("standard"), QStringLiteral("normal"), QStringLiteral("emergency")}))
            freeze.allowedChangeTypes.append(changeTypeFromString(type).value_or(ChangeType::Emergency));
        for (const QString &tier : stringList(m, "tiers", false, std::nullopt, kTiers))
            freeze.tiers.append(tierFromString(tier).value_or(Tier::Production));
        freeze.environments = stringList(m, "environments", false, RefKind::Environment);
        if (name && unique(seenFreezes, *name, spec.child("freezes"), m.valueLocation("name"))) {
            freeze.name = *name;
            calendar.freezes.append(std::move(freeze));
        }
    }

    const auto windows = sequence(spec, "maintenanceWindows", false);
    QHash<QString, SourceLocation> seenWindows;
    for (std::size_t i = 0; i < windows.size(); ++i) {
        const Map m(*this, windows[i], item(spec, "maintenanceWindows", i),
                    kTimeRuleKeys + Keys{"impactTier", "environments"}, spec.valueLocation("maintenanceWindows"));
        if (!m.valid())
            continue;
        MaintenanceWindow window;
        window.location = m.location();
        if (const auto impact = oneOf(m, "impactTier", false, kCriticalities))
            window.impactTier = criticalityFromString(*impact).value_or(Criticality::Medium);
        window.environments = stringList(m, "environments", false, RefKind::Environment);
        auto rule = parseTimeRule(m);
        if (!rule)
            continue;
        if (unique(seenWindows, rule->name, spec.child("maintenanceWindows"), m.valueLocation("name"))) {
            window.name = rule->name;
            window.when = std::move(*rule);
            calendar.maintenanceWindows.append(std::move(window));
        }
    }
}

QList<ApprovalRequirement> Loader::parseApprovals(const Map &m, const char *key)
{
    static const QStringList roles{QStringLiteral("cab-member"), QStringLiteral("business-owner"),
                                   QStringLiteral("release-manager"), QStringLiteral("support"),
                                   QStringLiteral("admin")};
    QList<ApprovalRequirement> result;
    const auto items = sequence(m, key, false);
    QHash<QString, SourceLocation> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Map a(*this, items[i], item(m, key, i), Keys{"role", "count"}, m.valueLocation(key));
        if (!a.valid())
            continue;
        const auto role = oneOf(a, "role", true, roles);
        const auto count = integer(a, "count", false, 1, 100);
        if (role && unique(seen, *role, m.child(key), a.valueLocation("role")))
            result.append(ApprovalRequirement{*role, static_cast<int>(count.value_or(1))});
    }
    return result;
}

void Loader::parsePolicy(const Map &spec, Policy &policy)
{
    if (const auto tier = oneOf(spec, "tier", true, kTiers)) {
        policy.tier = tierFromString(*tier).value_or(Tier::Production);
        const int key = static_cast<int>(policy.tier);
        const auto it = m_policyTiers.constFind(key);
        if (it != m_policyTiers.constEnd())
            error(spec.valueLocation("tier"),
                  EstateLoader::tr("a second Policy for tier %1; one per tier, the first is at %2")
                      .arg(*tier, it.value().toString()));
        else
            m_policyTiers.insert(key, spec.valueLocation("tier"));
    }
    policy.approvals = parseApprovals(spec, "approvals");
    policy.separationOfDuties = boolean(spec, "separationOfDuties", false).value_or(true);

    const YamlNode emergency = spec.value("emergency");
    if (emergency.IsDefined() && !emergency.IsNull()) {
        const Map m(*this, emergency, spec.child("emergency"), Keys{"allowed", "approvals", "postImplementationReview"},
                    spec.valueLocation("emergency"));
        if (m.valid()) {
            policy.emergencyAllowed = boolean(m, "allowed", false).value_or(false);
            policy.emergencyApprovals = parseApprovals(m, "approvals");
            policy.postImplementationReviewSeconds = duration(m, "postImplementationReview", false).value_or(0);
        }
    }
    policy.gates = stringList(spec, "gates", false, std::nullopt,
                              {QStringLiteral("window"), QStringLiteral("approvals"), QStringLiteral("contracts"),
                               QStringLiteral("drift"), QStringLiteral("backup"), QStringLiteral("alerts"),
                               QStringLiteral("health")});

    const YamlNode risk = spec.value("risk");
    if (risk.IsDefined() && !risk.IsNull()) {
        const Map m(*this, risk, spec.child("risk"), Keys{"cabThreshold", "maxScore"}, spec.valueLocation("risk"));
        if (m.valid()) {
            const auto cab = integer(m, "cabThreshold", false, 0, 100);
            const auto max = integer(m, "maxScore", false, 0, 100);
            policy.riskCabThreshold = static_cast<int>(cab.value_or(policy.riskCabThreshold));
            policy.riskMaxScore = static_cast<int>(max.value_or(policy.riskMaxScore));
            if (policy.riskMaxScore < policy.riskCabThreshold)
                error(m.has("maxScore") ? m.valueLocation("maxScore") : m.valueLocation("cabThreshold"),
                      EstateLoader::tr("'%1' (%2) must not be below cabThreshold (%3)")
                          .arg(m.child("maxScore"))
                          .arg(policy.riskMaxScore)
                          .arg(policy.riskCabThreshold));
        }
    }
    policy.promotionPath = stringList(spec, "promotionPath", false, RefKind::Environment);

    // Who may override: a key left out keeps the default roles, an empty list names nobody.
    const YamlNode overrides = spec.value("overrides");
    if (overrides.IsDefined() && !overrides.IsNull()) {
        const Map m(*this, overrides, spec.child("overrides"), Keys{"freeze", "gates"}, spec.valueLocation("overrides"));
        if (m.valid()) {
            static const QStringList roles{QStringLiteral("cab-member"), QStringLiteral("business-owner"),
                                           QStringLiteral("release-manager"), QStringLiteral("support"),
                                           QStringLiteral("admin")};
            if (m.has("freeze"))
                policy.freezeOverrideRoles = stringList(m, "freeze", false, std::nullopt, roles);
            if (m.has("gates"))
                policy.gateOverrideRoles = stringList(m, "gates", false, std::nullopt, roles);
        }
    }

    const auto criteria = sequence(spec, "rollbackCriteria", false);
    QHash<QString, SourceLocation> seen;
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        const Map m(*this, criteria[i], item(spec, "rollbackCriteria", i),
                    Keys{"name", "query", "comparison", "threshold", "for", "action"},
                    spec.valueLocation("rollbackCriteria"));
        if (!m.valid())
            continue;
        RollbackCriterionTemplate criterion;
        criterion.location = m.location();
        const auto name = text(m, "name", true);
        criterion.query = text(m, "query", true).value_or(QString());
        criterion.comparison = oneOf(m, "comparison", true,
                                     {QStringLiteral(">"), QStringLiteral(">="), QStringLiteral("<"),
                                      QStringLiteral("<=")})
                                   .value_or(QString());
        criterion.threshold = number(m, "threshold", true).value_or(0);
        criterion.forSeconds = duration(m, "for", false).value_or(0);
        criterion.action =
            oneOf(m, "action", true, {QStringLiteral("pause"), QStringLiteral("rollback")}).value_or(QString());
        if (name && unique(seen, *name, spec.child("rollbackCriteria"), m.valueLocation("name"))) {
            criterion.name = *name;
            policy.rollbackCriteria.append(std::move(criterion));
        }
    }
}

// ---------------------------------------------------------------------------

void Loader::checkReferences()
{
    const auto namesOf = [](const QHash<QString, SourceLocation> &hash) { return hash.keys(); };
    QStringList candidates[4];
    bool loaded[4] = {false, false, false, false};
    const QHash<QString, SourceLocation> *tables[4] = {&m_names[1], &m_names[2], &m_names[3], &m_holidaySets};
    const QString what[4] = {EstateLoader::tr("site"), EstateLoader::tr("environment"), EstateLoader::tr("integration"),
                             EstateLoader::tr("holiday set")};
    for (const Reference &ref : std::as_const(m_references)) {
        const int k = static_cast<int>(ref.kind);
        if (tables[k]->contains(ref.name))
            continue;
        if (!loaded[k]) {
            candidates[k] = namesOf(*tables[k]);
            candidates[k].sort();
            loaded[k] = true;
        }
        QString message = EstateLoader::tr("'%1' names an unknown %2 '%3'").arg(ref.key, what[k], ref.name);
        const QString suggestion = candidates[k].size() <= 5000 ? Values::closestMatch(ref.name, candidates[k])
                                                                : QString();
        if (!suggestion.isEmpty())
            message += EstateLoader::tr("; did you mean '%1'?").arg(suggestion);
        error(ref.location, message);
    }
}

void Loader::checkSyncCycles()
{
    const QList<Integration> &integrations = m_estate->integrations;
    const auto count = static_cast<int>(integrations.size());
    QHash<QString, int> index;
    index.reserve(count);
    for (int i = 0; i < count; ++i)
        index.insert(integrations.at(i).name, i);
    // Sync edges only: a cycle with an async or batch link is allowed.
    std::vector<std::vector<std::pair<int, int>>> edges(static_cast<std::size_t>(count)); // (target, dependency index)
    for (int i = 0; i < count; ++i) {
        const auto &deps = integrations.at(i).dependencies;
        for (int d = 0; d < deps.size(); ++d) {
            if (deps.at(d).mode != DependencyMode::Sync)
                continue;
            const int target = index.value(deps.at(d).target, -1);
            if (target >= 0)
                edges[static_cast<std::size_t>(i)].emplace_back(target, d);
        }
    }

    // Tarjan's strongly connected components, iteratively (no recursion depth limit).
    std::vector<int> order(static_cast<std::size_t>(count), -1), low(static_cast<std::size_t>(count), 0),
        component(static_cast<std::size_t>(count), -1);
    std::vector<char> onStack(static_cast<std::size_t>(count), 0);
    std::vector<int> stack;
    std::vector<std::pair<int, std::size_t>> frames;
    int counter = 0;
    int components = 0;
    for (int root = 0; root < count; ++root) {
        if (order[static_cast<std::size_t>(root)] >= 0)
            continue;
        frames.emplace_back(root, 0);
        while (!frames.empty()) {
            auto &[v, next] = frames.back();
            const auto uv = static_cast<std::size_t>(v);
            if (next == 0 && order[uv] < 0) {
                order[uv] = low[uv] = counter++;
                stack.push_back(v);
                onStack[uv] = 1;
            }
            if (next < edges[uv].size()) {
                const int w = edges[uv][next++].first;
                const auto uw = static_cast<std::size_t>(w);
                if (order[uw] < 0)
                    frames.emplace_back(w, 0);
                else if (onStack[uw])
                    low[uv] = std::min(low[uv], order[uw]);
                continue;
            }
            if (low[uv] == order[uv]) {
                int w = -1;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[static_cast<std::size_t>(w)] = 0;
                    component[static_cast<std::size_t>(w)] = components;
                } while (w != v);
                ++components;
            }
            const int finished = v;
            frames.pop_back();
            if (!frames.empty()) {
                const auto up = static_cast<std::size_t>(frames.back().first);
                low[up] = std::min(low[up], low[static_cast<std::size_t>(finished)]);
            }
        }
    }

    // One report per cycle: walk from the smallest member back to itself inside its component.
    std::vector<int> size(static_cast<std::size_t>(components), 0);
    for (int i = 0; i < count; ++i)
        ++size[static_cast<std::size_t>(component[static_cast<std::size_t>(i)])];
    std::vector<char> reported(static_cast<std::size_t>(components), 0);
    for (int start = 0; start < count; ++start) {
        const int c = component[static_cast<std::size_t>(start)];
        if (reported[static_cast<std::size_t>(c)])
            continue;
        const auto &out = edges[static_cast<std::size_t>(start)];
        const bool selfLoop = std::any_of(out.begin(), out.end(), [&](const auto &e) { return e.first == start; });
        if (size[static_cast<std::size_t>(c)] < 2 && !selfLoop)
            continue;
        reported[static_cast<std::size_t>(c)] = 1;
        // Breadth-first from start's successors back to start, staying in the component.
        std::vector<int> parent(static_cast<std::size_t>(count), -2);
        std::vector<int> queue;
        int firstDependency = -1;
        QStringList path;
        if (selfLoop) {
            path << integrations.at(start).name << integrations.at(start).name;
            for (const auto &[target, dep] : out) {
                if (target == start)
                    firstDependency = dep;
            }
        } else {
            parent[static_cast<std::size_t>(start)] = -1;
            queue.push_back(start);
            for (std::size_t head = 0; head < queue.size() && path.isEmpty(); ++head) {
                const int v = queue[head];
                for (const auto &[w, dep] : edges[static_cast<std::size_t>(v)]) {
                    if (component[static_cast<std::size_t>(w)] != c)
                        continue;
                    if (w == start) {
                        QList<int> chain{v};
                        for (int p = parent[static_cast<std::size_t>(v)]; p >= 0;
                             p = parent[static_cast<std::size_t>(p)])
                            chain.prepend(p);
                        for (int n : chain)
                            path << integrations.at(n).name;
                        path << integrations.at(start).name;
                        break;
                    }
                    if (parent[static_cast<std::size_t>(w)] == -2) {
                        parent[static_cast<std::size_t>(w)] = v;
                        queue.push_back(w);
                    }
                }
            }
            const QString &second = path.size() > 1 ? path.at(1) : QString();
            for (const auto &[w, dep] : out) {
                if (w >= 0 && integrations.at(w).name == second)
                    firstDependency = dep;
            }
        }
        const Integration &owner = integrations.at(start);
        const SourceLocation where = firstDependency >= 0 ? owner.dependencies.at(firstDependency).location
                                                          : owner.location;
        error(where,
              EstateLoader::tr("dependency cycle made only of sync links: %1; a cycle of sync dependencies can "
                               "never start, make one link async or batch")
                  .arg(path.join(QStringLiteral(" → "))));
    }
}

EstateLoadResult Loader::finish(const QString &rootPath, const QStringList &files)
{
    EstateLoadResult result;
    result.files = files;
    try {
        if (m_estateCount == 0)
            error(SourceLocation{m_folderLabel, 0, 0},
                  EstateLoader::tr("no Estate document (kind: Estate) in the folder; exactly one is required"));
        checkReferences();
        checkSyncCycles();
    } catch (const std::exception &e) {
        error(SourceLocation{m_folderLabel, 0, 0},
              EstateLoader::tr("internal error: %1").arg(QString::fromUtf8(e.what())));
    }
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.location.file != b.location.file)
            return a.location.file < b.location.file;
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
    result.diagnostics = m_diagnostics;
    if (!result.hasErrors()) {
        m_estate->rootPath = rootPath;
        m_estate->index();
        result.estate = m_estate;
    }
    return result;
}

QString folderLabel(const QString &folder)
{
    return folder.isEmpty() ? QStringLiteral(".") : QDir::cleanPath(folder);
}

} // namespace

EstateLoadResult EstateLoader::loadFolder(const QString &folder)
{
    const QString label = folderLabel(folder);
    try {
        const QDir root(folder.isEmpty() ? QStringLiteral(".") : folder);
        if (!root.exists()) {
            EstateLoadResult result;
            result.diagnostics.append(Diagnostic{SourceLocation{label, 0, 0}, Diagnostic::Severity::Error,
                                                 tr("the estate folder does not exist")});
            return result;
        }
        const QString rootPath = root.absolutePath();
        QStringList paths;
        // Dot-folders are skipped by not descending: QDirIterator has no per-directory filter,
        // so walk by hand.
        QStringList pending{rootPath};
        while (!pending.isEmpty()) {
            const QDir dir(pending.takeLast());
            const QFileInfoList entries = dir.entryInfoList(
                QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
            for (const QFileInfo &entry : entries) {
                if (entry.fileName().startsWith(QLatin1Char('.')))
                    continue;
                if (entry.isDir())
                    pending.append(entry.absoluteFilePath());
                else if (entry.suffix() == QLatin1String("yaml") || entry.suffix() == QLatin1String("yml"))
                    paths.append(entry.absoluteFilePath());
            }
        }
        paths.sort();

        Loader loader(label);
        if (paths.isEmpty())
            loader.error(SourceLocation{label, 0, 0}, tr("no .yaml or .yml files in the estate folder"));
        std::vector<FileInput> inputs;
        inputs.reserve(std::size_t(paths.size()));
        for (const QString &path : std::as_const(paths)) {
            FileInput input;
            input.name = root.relativeFilePath(path);
            input.dir = QFileInfo(path).absolutePath();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                loader.error(SourceLocation{input.name, 0, 0}, tr("cannot read the file: %1").arg(file.errorString()));
                continue;
            }
            input.data = file.readAll();
            inputs.push_back(std::move(input));
        }
        std::vector<ParsedYaml> parsed = parseAll(inputs);
        for (std::size_t i = 0; i < inputs.size(); ++i)
            loader.addFile(inputs[i], std::move(parsed[i]));
        return loader.finish(rootPath, paths);
    } catch (const std::exception &e) {
        EstateLoadResult result;
        result.diagnostics.append(Diagnostic{SourceLocation{label, 0, 0}, Diagnostic::Severity::Error,
                                             tr("internal error: %1").arg(QString::fromUtf8(e.what()))});
        return result;
    }
}

EstateLoadResult EstateLoader::loadDocuments(const QList<QPair<QString, QByteArray>> &files, const QString &baseFolder)
{
    const QString label = folderLabel(baseFolder);
    try {
        const QDir root(baseFolder.isEmpty() ? QStringLiteral(".") : baseFolder);
        Loader loader(label);
        QStringList paths;
        for (const auto &[name, data] : files) {
            FileInput input;
            input.name = name;
            const QString absolute = QDir::cleanPath(root.absoluteFilePath(name));
            input.dir = QFileInfo(absolute).absolutePath();
            input.data = data;
            paths.append(absolute);
            loader.parseFile(input);
        }
        return loader.finish(root.absolutePath(), paths);
    } catch (const std::exception &e) {
        EstateLoadResult result;
        result.diagnostics.append(Diagnostic{SourceLocation{label, 0, 0}, Diagnostic::Severity::Error,
                                             tr("internal error: %1").arg(QString::fromUtf8(e.what()))});
        return result;
    }
}

} // namespace Gatehouse::Services
