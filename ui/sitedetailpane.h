#pragma once

#include "models/estate.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace Gatehouse::Ui {

class EmptyState;

/// The selected site in detail: display name, time zone with the current local
/// time there, country, holiday sets, and a table of its operating cycles (name,
/// kind, impact, when, processes) so a release manager sees when a change would
/// hit a warehouse at work. UI thread only; the local time refreshes while shown.
class SiteDetailPane : public QWidget
{
    Q_OBJECT

public:
    /// Columns of cyclesModel().
    enum Column { NameColumn, KindColumn, ImpactColumn, WhenColumn, ProcessesColumn, ColumnCount };
    /// Every cell carries its sort key under SortRole; the name cell the cycle's key under NameRole.
    enum Roles { SortRole = Qt::UserRole + 1, NameRole };

    explicit SiteDetailPane(QWidget *parent = nullptr);

    /// Shows the site `name` of `estate`; an empty or unknown name shows the "select one" hint.
    void showSite(const Models::EstatePtr &estate, const QString &name);
    QString siteName() const { return m_name; }

    QTableView *cyclesView() const { return m_cyclesView; }
    QStandardItemModel *cyclesModel() const { return m_cyclesModel; }

    /// A short description of when `rule` applies, e.g. "Mon–Fri 06:00–08:30 America/Chicago".
    /// Daily and weekly rules by weekday are described; any other RRULE is shown as written.
    /// `zone` is used when the rule names none.
    static QString describe(const Models::TimeRule &rule, const QString &zone);
    /// "America/Chicago — now Tue 05:12 CST", or the id marked unknown when it is not a valid zone.
    static QString zoneWithLocalTime(const QString &zone);

private:
    void updateFacts();

    Models::EstatePtr m_estate;
    QString m_name;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_facts;
    QLabel *m_cyclesHeader;
    QTableView *m_cyclesView;
    QStandardItemModel *m_cyclesModel;
    QTimer *m_clock;
};

} // namespace Gatehouse::Ui
