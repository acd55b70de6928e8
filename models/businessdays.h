#pragma once

#include <QDate>
#include <QList>
#include <QSet>

namespace Gatehouse::Models {

/// Business-day arithmetic over Monday–Friday minus a set of holidays (a site's
/// holiday set). "The last 2 business days of the month and the first 3 of the
/// next", "5 business days before quarter end". Dates are local calendar days.
/// A value type; every method is const and thread-safe.
class BusinessDays
{
public:
    enum class Period { Month, Quarter, Year };

    BusinessDays() = default;
    explicit BusinessDays(QSet<QDate> holidays);

    /// Monday–Friday and not a holiday.
    bool isBusinessDay(QDate date) const;
    bool isHoliday(QDate date) const { return m_holidays.contains(date); }

    /// First and last day of the period (month, quarter, year) containing `date`.
    static QDate periodStart(QDate date, Period period);
    static QDate periodEnd(QDate date, Period period);

    /// The last `count` business days of the period containing `date`, earliest first.
    QList<QDate> lastBusinessDays(QDate date, Period period, int count) const;
    /// The first `count` business days of the period containing `date`, earliest first.
    QList<QDate> firstBusinessDays(QDate date, Period period, int count) const;
    /// The business day `count` business days before the period's last business day
    /// (count 0 = the last business day itself): "N business days before quarter end".
    QDate businessDaysBeforeEnd(QDate date, Period period, int count) const;
    /// `date` moved by `count` business days (negative = backwards); a non-business
    /// `date` counts from the next (or previous) business day.
    QDate addBusinessDays(QDate date, int count) const;

private:
    QSet<QDate> m_holidays;
};

} // namespace Gatehouse::Models
