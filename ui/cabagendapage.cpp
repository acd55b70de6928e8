#include "cabagendapage.h"

#include "changedetailpane.h"
#include "futurecallback.h"
#include "plural.h"

#include "models/changerequestmodel.h"
#include "services/controlstore.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;
using Services::ControlStore;

namespace {

enum Column { IdColumn, TitleColumn, EnvironmentColumn, WindowColumn, RiskColumn, ApprovalsColumn, RequesterColumn };

QDate lastOnOrBefore(const QDate &date, Qt::DayOfWeek day)
{
    return date.addDays(-((date.dayOfWeek() - int(day) + 7) % 7));
}

QDate nextOnOrAfter(const QDate &date, Qt::DayOfWeek day)
{
    return date.addDays((int(day) - date.dayOfWeek() + 7) % 7);
}

} // namespace

CabAgendaPage::CabAgendaPage(ControlStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_detail(new ChangeDetailPane(store, this))
{
    setObjectName(QStringLiteral("cabAgendaPage"));
    const int stored = QSettings().value(QStringLiteral("cab/meetingDay"), int(Qt::Tuesday)).toInt();
    if (stored >= 1 && stored <= 7)
        m_meetingDay = static_cast<Qt::DayOfWeek>(stored);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_summary->setObjectName(QStringLiteral("agendaSummary"));
    layout->addWidget(m_summary);
    m_tree->setObjectName(QStringLiteral("agendaTree"));
    m_tree->setHeaderLabels({tr("#"), tr("Change"), tr("Environment"), tr("Window"), tr("Risk"), tr("Approvals"),
                             tr("Requester")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setColumnWidth(IdColumn, 90);
    m_tree->setColumnWidth(TitleColumn, 220);
    m_tree->setColumnWidth(EnvironmentColumn, 100);
    m_tree->setColumnWidth(WindowColumn, 200);
    m_tree->setColumnWidth(RiskColumn, 50);
    m_tree->setColumnWidth(ApprovalsColumn, 150);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_detail->setChangeId(item ? item->data(0, Qt::UserRole).toLongLong() : 0);
    });
    if (m_store) {
        connect(m_store, &ControlStore::changesChanged, this, &CabAgendaPage::refresh);
        connect(m_store, &ControlStore::connectionStateChanged, this, [this](ControlStore::ConnectionState state) {
            if (state == ControlStore::ConnectionState::Connected)
                refresh();
        });
        if (m_store->connectionState() == ControlStore::ConnectionState::Connected)
            refresh();
    }
    rebuild({});
}

CabAgendaPage::~CabAgendaPage() = default;

void CabAgendaPage::setEstate(const EstatePtr &estate, std::shared_ptr<const ImpactAnalysis> analysis)
{
    m_estate = estate;
    m_detail->setEstate(estate, std::move(analysis));
    refresh();
}

void CabAgendaPage::setMeetingDay(Qt::DayOfWeek day)
{
    m_meetingDay = day;
    QSettings().setValue(QStringLiteral("cab/meetingDay"), int(day));
    refresh();
}

QDate CabAgendaPage::meetingFor(const ChangeRequest &change, const QDate &today, Qt::DayOfWeek meetingDay)
{
    const QDate next = nextOnOrAfter(today, meetingDay);
    if (!change.windowStart.isValid())
        return next;
    // The CAB decides at the last meeting before the day of the window.
    const QDate before = lastOnOrBefore(change.windowStart.toUTC().date().addDays(-1), meetingDay);
    return before < next ? next : before;
}

QList<AgendaGroup> CabAgendaPage::group(const QList<ChangeRequest> &changes, const QDate &today,
                                        Qt::DayOfWeek meetingDay)
{
    AgendaGroup emergency;
    emergency.emergency = true;
    QMap<QDate, AgendaGroup> meetings;
    for (const ChangeRequest &change : changes) {
        if (change.state != ChangeState::Submitted && change.state != ChangeState::Assessed)
            continue;
        if (change.type == ChangeType::Emergency) {
            emergency.changes.append(change);
            continue;
        }
        const QDate meeting = meetingFor(change, today, meetingDay);
        AgendaGroup &g = meetings[meeting];
        g.meeting = meeting;
        g.changes.append(change);
    }
    QList<AgendaGroup> groups;
    if (!emergency.changes.isEmpty())
        groups.append(emergency);
    for (const AgendaGroup &g : std::as_const(meetings))
        groups.append(g);
    for (AgendaGroup &g : groups)
        std::stable_sort(g.changes.begin(), g.changes.end(), [](const ChangeRequest &a, const ChangeRequest &b) {
            return a.windowStart != b.windowStart ? a.windowStart < b.windowStart : a.id < b.id;
        });
    return groups;
}

void CabAgendaPage::refresh()
{
    if (!m_store)
        return;
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    whenFinished(
        m_store->listChanges(), this,
        [this](const Result<QList<ChangeRequest>> &result) {
            m_refreshing = false;
            if (result.ok()) {
                rebuild(result.value());
            } else {
                m_summary->setText(tr("⚠ Could not load the agenda: %1").arg(result.error().message));
            }
            if (m_refreshAgain) {
                m_refreshAgain = false;
                refresh();
            }
        },
        [this] { m_refreshing = false; });
}

void CabAgendaPage::rebuild(const QList<ChangeRequest> &changes)
{
    const qint64 selected = m_detail->changeId();
    m_groups = group(changes, QDate::currentDate(), m_meetingDay);
    QSignalBlocker blocker(m_tree);
    m_tree->clear();
    int total = 0;
    QTreeWidgetItem *current = nullptr;
    const QLocale locale;
    for (const AgendaGroup &g : std::as_const(m_groups)) {
        auto *header = new QTreeWidgetItem(m_tree);
        const int n = int(g.changes.size());
        header->setText(0, g.emergency
                               ? plural(tr("⚡ Emergency — decide now (%n change(s))", nullptr, n), n)
                               : plural(tr("CAB meeting %1 (%n change(s))", nullptr, n), n)
                                     .arg(locale.toString(g.meeting, QLocale::LongFormat)));
        header->setFirstColumnSpanned(true);
        QFont bold = header->font(0);
        bold.setBold(true);
        header->setFont(0, bold);
        header->setFlags(Qt::ItemIsEnabled);
        header->setData(0, Qt::UserRole + 1, g.meeting);
        for (const ChangeRequest &c : g.changes) {
            auto *item = new QTreeWidgetItem(header);
            item->setData(0, Qt::UserRole, c.id);
            item->setText(IdColumn, QStringLiteral("#") + QString::number(c.id));
            item->setText(TitleColumn, (c.type == ChangeType::Emergency ? QStringLiteral("⚡ ") : QString()) + c.title);
            item->setToolTip(TitleColumn, c.description.isEmpty() ? c.title : c.description);
            item->setText(EnvironmentColumn, c.environment);
            item->setText(WindowColumn, ChangeRequestModel::windowText(c));
            item->setText(RiskColumn, c.riskScore < 0 ? tr("—") : QString::number(c.riskScore));
            item->setText(ApprovalsColumn, m_approvalText.value(c.id, ChangeRequestModel::stateText(c.state)));
            item->setText(RequesterColumn, c.requester);
            if (c.id == selected)
                current = item;
            loadApprovals(c.id);
            ++total;
        }
        header->setExpanded(true);
    }
    m_summary->setText(total == 0 ? tr("Nothing needs a decision of the CAB.")
                                  : plural(tr("%n change(s) need a decision.", nullptr, total), total));
    if (current)
        m_tree->setCurrentItem(current);
    blocker.unblock();
    if (!current && selected != 0)
        m_detail->setChangeId(0);
    Q_EMIT agendaChanged();
}

void CabAgendaPage::loadApprovals(qint64 changeId)
{
    if (!m_store)
        return;
    whenFinished(m_store->approvals(changeId), this, [this, changeId](const Result<QList<Approval>> &result) {
        if (!result.ok())
            return;
        QStringList who;
        for (const Approval &a : result.value()) {
            if (a.isStanding())
                who.append(a.approver + QLatin1Char(' ') + QLatin1Char('(') + a.role + QLatin1Char(')'));
        }
        const QString text = who.isEmpty() ? tr("none yet") : who.join(QStringLiteral(", "));
        m_approvalText.insert(changeId, text);
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *header = m_tree->topLevelItem(i);
            for (int j = 0; j < header->childCount(); ++j) {
                if (header->child(j)->data(0, Qt::UserRole).toLongLong() == changeId)
                    header->child(j)->setText(ApprovalsColumn, text);
            }
        }
    });
}

} // namespace Gatehouse::Ui
