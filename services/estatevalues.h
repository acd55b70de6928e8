#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

/// Parsers and checks for the value types of the estate format
/// (resources/estate-format.md, "Shared value types"). Pure functions, callable
/// from any thread; they never throw.
namespace Gatehouse::Services::EstateValues {

/// ISO 8601 duration without years or months ("PT30M", "P1DT12H", "P2W") in
/// seconds; nullopt when malformed or zero.
std::optional<qint64> parseDuration(const QString &text);

/// "HH:MM" (24 h) → time of day; nullopt when malformed.
std::optional<QTime> parseTimeOfDay(const QString &text);

/// "YYYY-MM-DD" → date; nullopt when malformed or not a calendar date.
std::optional<QDate> parseDate(const QString &text);

/// "YYYY-MM-DD" (midnight) or "YYYY-MM-DDTHH:MM[:SS]" → a local date-time
/// (Qt::LocalTime spec is not used: the result carries no zone, the caller knows it).
std::optional<QDateTime> parseDateTime(const QString &text);

/// true for "keychain:<service>/<account>" with non-empty parts.
bool isSecretReference(const QString &text);

/// Object names: lowercase letters, digits and '-', starting and ending with a letter or digit.
bool isValidName(const QString &text);

/// An IANA time zone identifier Qt knows on this system (cached; thread-safe).
bool isKnownTimeZone(const QString &id);

/// Empty when `rrule` is a valid RFC 5545 RRULE value (checked with libical),
/// otherwise a short reason. Thread-safe.
QString rruleError(const QString &rrule);

/// Levenshtein distance, case-insensitive.
int editDistance(const QString &a, const QString &b);

/// The candidate closest to `word` when it is close enough to be a likely typo,
/// otherwise an empty string.
QString closestMatch(const QString &word, const QStringList &candidates);

} // namespace Gatehouse::Services::EstateValues
