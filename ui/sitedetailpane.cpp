#include "sitedetailpane.h"

#include "detailstyle.h"
#include "emptystate.h"

#include "plural.h"

#include "models/integrationmodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding:2px 12px 2px 0; white-space:nowrap'><b>") + label.toHtmlEscaped()
        + QStringLiteral("</b></td><td style='padding:2px 0'>") + value + QStringLiteral("</td></tr>");
}

QString cycleKindText(const QString &kind)
{
    if (kind == QLatin1String("wave-picking"))
        return SiteDetailPane::tr("Wave picking");
    if (kind == QLatin1String("carrier-cutoff"))
        return SiteDetailPane::tr("Carrier cutoff");
    if (kind == QLatin1String("receiving"))
        return SiteDetailPane::tr("Receiving");
    if (kind == QLatin1String("shift"))
        return SiteDetailPane::tr("Shift");
    if (kind == QLatin1String("inventory-count"))
        return SiteDetailPane::tr("Inventory count");
    if (kind == QLatin1String("other"))
        return SiteDetailPane::tr("Other");
    return kind;
}

// The colour only repeats what the text says, for a quicker scan of the column.
QIcon impactIcon(Criticality impact)
{
    QColor colour;
    switch (impact) {
    case Criticality::Critical:
        colour = QColor(0xc6, 0x28, 0x28);
        break;
    case Criticality::High:
        colour = QColor(0xe6, 0x6a, 0x00);
        break;
    case Criticality::Medium:
        colour = QColor(0xd4, 0xa0, 0x17);
        break;
    case Criticality::Low:
        colour = QColor(0x2e, 0x7d, 0x32);
        break;
    }
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    return QIcon(pixmap);
}

// RFC 5545 weekday codes in ISO order (Monday = 1).
int weekday(QStringView code)
{
    static const QLatin1String codes[] = {QLatin1String("MO"), QLatin1String("TU"), QLatin1String("WE"),
                                          QLatin1String("TH"), QLatin1String("FR"), QLatin1String("SA"),
                                          QLatin1String("SU")};
    for (int i = 0; i < 7; ++i)
        if (code == codes[i])
            return i + 1;
    return 0;
}

// "Mon–Fri", "Tue, Thu", "Daily"; empty when the days are not plain weekdays.
QString describeDays(QList<int> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.size() == 7)
        return SiteDetailPane::tr("Daily");
    const QLocale locale;
    bool contiguous = days.size() >= 3;
    for (qsizetype i = 1; contiguous && i < days.size(); ++i)
        contiguous = days[i] == days[i - 1] + 1;
    if (contiguous)
        return locale.dayName(days.first(), QLocale::ShortFormat) + QChar(0x2013)
            + locale.dayName(days.last(), QLocale::ShortFormat);
    QStringList names;
    for (int d : days)
        names.append(locale.dayName(d, QLocale::ShortFormat));
    return names.join(QStringLiteral(", "));
}

// The days part of a daily or weekly rule; empty for anything else.
QString describeRecurrence(const TimeRule &rule)
{
    QString freq;
    QList<int> days;
    bool hasByDay = false;
    const QStringList parts = rule.rrule.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        const QString value = part.section(QLatin1Char('='), 1).trimmed().toUpper();
        if (key == QLatin1String("FREQ")) {
            freq = value;
        } else if (key == QLatin1String("BYDAY")) {
            hasByDay = true;
            for (const QString &code : value.split(QLatin1Char(','))) {
                const int d = weekday(code);
                if (d == 0)
                    return {}; // "1SA", "-1SA": an ordinal weekday, not a plain one
                days.append(d);
            }
        } else if (key == QLatin1String("INTERVAL")) {
            if (value != QLatin1String("1"))
                return {};
        } else if (key != QLatin1String("WKST")) {
            return {};
        }
    }
    if (freq == QLatin1String("DAILY"))
        return hasByDay ? describeDays(days) : SiteDetailPane::tr("Daily");
    if (freq == QLatin1String("WEEKLY")) {
        if (!hasByDay && rule.startDate.isValid())
            days.append(rule.startDate.dayOfWeek());
        return days.isEmpty() ? QString() : describeDays(days);
    }
    return {};
}

QString describeTime(const TimeRule &rule)
{
    if (rule.allDay || !rule.startTime.isValid())
        return SiteDetailPane::tr("all day");
    const QString start = rule.startTime.toString(QStringLiteral("HH:mm"));
    if (rule.durationSeconds <= 0)
        return start;
    if (rule.durationSeconds >= 86400) {
        const int daysLong = int(rule.durationSeconds / 86400);
        return plural(SiteDetailPane::tr("from %1 for %n day(s)", nullptr, daysLong), daysLong).arg(start);
    }
    const QString end = rule.startTime.addSecs(int(rule.durationSeconds)).toString(QStringLiteral("HH:mm"));
    const bool nextDay = rule.startTime.msecsSinceStartOfDay() / 1000 + rule.durationSeconds > 86400;
    const QString range = start + QChar(0x2013) + end;
    return nextDay ? SiteDetailPane::tr("%1 (next day)").arg(range) : range;
}

QStandardItem *item(const QString &text, const QVariant &sortKey)
{
    auto *cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setData(sortKey, SiteDetailPane::SortRole);
    return cell;
}

} // namespace

SiteDetailPane::SiteDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_cyclesHeader(new QLabel(this))
    , m_cyclesView(new QTableView(this))
    , m_cyclesModel(new QStandardItemModel(0, ColumnCount, this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("siteDetail"));
    QVBoxLayout *layout = DetailStyle::buildPane(this, {m_stack, m_empty, m_title, m_subtitle, m_facts},
                                                 QStringLiteral("site"), tr("No site selected"),
                                                 tr("Select a site to see its operating cycles."));

    layout->addSpacing(6);
    QFont headerFont = m_cyclesHeader->font();
    headerFont.setBold(true);
    m_cyclesHeader->setFont(headerFont);
    m_cyclesHeader->setBuddy(m_cyclesView);
    layout->addWidget(m_cyclesHeader);

    m_cyclesModel->setHorizontalHeaderLabels({tr("Cycle"), tr("Kind"), tr("Impact"), tr("When"), tr("Processes")});
    m_cyclesModel->setSortRole(SortRole);
    m_cyclesView->setObjectName(QStringLiteral("siteCycles"));
    m_cyclesView->setModel(m_cyclesModel);
    m_cyclesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cyclesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cyclesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cyclesView->setAlternatingRowColors(true);
    m_cyclesView->setWordWrap(false);
    m_cyclesView->setTextElideMode(Qt::ElideRight);
    m_cyclesView->verticalHeader()->hide();
    m_cyclesView->verticalHeader()->setDefaultSectionSize(m_cyclesView->fontMetrics().height() + 10);
    m_cyclesView->horizontalHeader()->setStretchLastSection(true);
    m_cyclesView->horizontalHeader()->setHighlightSections(false);
    m_cyclesView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_cyclesView->setColumnWidth(NameColumn, 190);
    m_cyclesView->setColumnWidth(KindColumn, 115);
    m_cyclesView->setColumnWidth(ImpactColumn, 85);
    m_cyclesView->setColumnWidth(WhenColumn, 250);
    m_cyclesView->setSortingEnabled(true);
    m_cyclesView->sortByColumn(WhenColumn, Qt::AscendingOrder);
    layout->addWidget(m_cyclesView, 1);

    // The local time at the site moves on; a half-minute tick keeps it right to the minute.
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (isVisible())
            updateFacts();
    });
}

void SiteDetailPane::showSite(const EstatePtr &estate, const QString &name)
{
    const Site *site = estate && !name.isEmpty() ? estate->site(name) : nullptr;
    m_cyclesModel->removeRows(0, m_cyclesModel->rowCount());
    if (!site) {
        m_estate.reset();
        m_name.clear();
        m_clock->stop();
        m_stack->setCurrentIndex(0);
        return;
    }
    m_estate = estate;
    m_name = name;

    m_title->setText(site->displayName.isEmpty() ? site->name : site->displayName);
    updateFacts();

    const QString zone = site->timeZone.isEmpty() ? estate->defaultTimeZone : site->timeZone;
    for (const OperatingCycle &cycle : site->cycles) {
        const TimeRule &when = cycle.when;
        QList<QStandardItem *> cells(ColumnCount);
        cells[NameColumn] = item(cycle.name, cycle.name);
        cells[NameColumn]->setData(cycle.name, NameRole);
        cells[NameColumn]->setToolTip(cycle.when.location.toString());
        cells[KindColumn] = item(cycleKindText(cycle.kind), cycleKindText(cycle.kind));
        cells[ImpactColumn] = item(IntegrationModel::criticalityText(cycle.impact), rank(cycle.impact));
        cells[ImpactColumn]->setIcon(impactIcon(cycle.impact));
        // By time of day, all-day rules first, so the table reads like the site's day.
        const QString timeKey = when.allDay || !when.startTime.isValid()
            ? QStringLiteral("0")
            : QStringLiteral("1") + when.startTime.toString(QStringLiteral("HH:mm"));
        cells[WhenColumn] = item(describe(when, zone), QString(timeKey + cycle.name));
        if (!when.rrule.isEmpty())
            cells[WhenColumn]->setToolTip(QStringLiteral("RRULE:") + when.rrule);
        cells[ProcessesColumn] = item(cycle.processes.join(QStringLiteral(", ")),
                                      cycle.processes.join(QLatin1Char(',')));
        cells[ProcessesColumn]->setToolTip(cycle.processes.join(QLatin1Char('\n')));
        m_cyclesModel->appendRow(cells);
    }
    const QHeaderView *header = m_cyclesView->horizontalHeader();
    m_cyclesModel->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    const int count = int(site->cycles.size());
    m_cyclesHeader->setText(plural(tr("&Operating cycles (%n)", nullptr, count), count));
    int critical = 0;
    for (const OperatingCycle &cycle : site->cycles)
        critical += cycle.impact == Criticality::Critical ? 1 : 0;
    m_subtitle->setText(plural(tr("%n operating cycle(s)", nullptr, count), count) + QStringLiteral(" · ")
                        + plural(tr("%n critical to avoid", nullptr, critical), critical));

    m_clock->start();
    m_stack->setCurrentIndex(1);
}

void SiteDetailPane::updateFacts()
{
    const Site *site = m_estate ? m_estate->site(m_name) : nullptr;
    if (!site)
        return;
    const QString zone = site->timeZone.isEmpty() ? m_estate->defaultTimeZone : site->timeZone;

    QString country = site->country;
    const QLocale::Territory territory = QLocale::codeToTerritory(site->country);
    if (!site->country.isEmpty() && territory != QLocale::AnyTerritory)
        country = QLocale::territoryToString(territory) + QStringLiteral(" (") + site->country + QLatin1Char(')');

    QStringList holidays;
    for (const QString &set : site->holidays)
        holidays.append(set);

    QString html = QStringLiteral("<table>");
    html += row(tr("Name"), site->name.toHtmlEscaped());
    html += row(tr("Time zone"), zoneWithLocalTime(zone).toHtmlEscaped());
    html += row(tr("Country"), country.isEmpty() ? tr("not set").toHtmlEscaped() : country.toHtmlEscaped());
    html += row(tr("Holiday sets"),
                holidays.isEmpty() ? tr("none").toHtmlEscaped() : holidays.join(QStringLiteral(", ")).toHtmlEscaped());
    html += row(tr("Defined in"), site->location.toString().toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_facts->setText(html);
}

QString SiteDetailPane::zoneWithLocalTime(const QString &zone)
{
    const QTimeZone tz(zone.toUtf8());
    if (zone.isEmpty() || !tz.isValid())
        return tr("%1 (unknown time zone)").arg(zone);
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(tz);
    const QString local = QLocale().dayName(now.date().dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
        + now.time().toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + tz.abbreviation(now);
    return tr("%1 — now %2").arg(zone, local);
}

QString SiteDetailPane::describe(const TimeRule &rule, const QString &zone)
{
    const QString tz = rule.timeZone.isEmpty() ? zone : rule.timeZone;
    const QString time = describeTime(rule);
    QString days;
    if (rule.rrule.isEmpty()) {
        days = rule.startDate.isValid() ? QLocale().toString(rule.startDate, QLocale::ShortFormat) : tr("once");
    } else {
        days = describeRecurrence(rule);
        if (days.isEmpty())
            days = rule.rrule; // beyond a plain weekday rule: shown as written
    }
    QStringList parts{days, time};
    if (!tz.isEmpty())
        parts.append(tz);
    return parts.join(QLatin1Char(' '));
}

} // namespace Gatehouse::Ui
