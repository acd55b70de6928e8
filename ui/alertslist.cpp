#include "alertslist.h"

#include "futurecallback.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using Alert = Services::AlertmanagerClient::Alert;
using Silence = Services::AlertmanagerClient::Silence;
using Status = Models::SourceState::Status;

namespace {

constexpr int SilenceIdRole = Qt::UserRole + 1;

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString labelText(const Models::Labels &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << it.key() + QStringLiteral("=\"") + it.value() + QLatin1Char('"');
    return parts.join(QStringLiteral(", "));
}

} // namespace

AlertsList::AlertsList(QWidget *parent)
    : QWidget(parent)
    , m_user(qEnvironmentVariable("USER", QStringLiteral("gatehouse")))
    , m_state(new QLabel(this))
    , m_alertView(new QTreeView(this))
    , m_silenceView(new QTreeView(this))
    , m_alerts(new QStandardItemModel(0, AlertColumnCount, this))
    , m_silences(new QStandardItemModel(0, SilenceColumnCount, this))
    , m_changeBox(new QComboBox(this))
    , m_silenceButton(new QPushButton(tr("Silence for this change's window"), this))
    , m_expireButton(new QPushButton(tr("Expire silence"), this))
    , m_feedback(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Firing alerts"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("alertsState"));
    layout->addWidget(m_state);

    m_alerts->setHorizontalHeaderLabels({tr("Alert"), tr("Severity"), tr("State"), tr("Since"), tr("Summary")});
    m_alertView->setModel(m_alerts);
    m_alertView->setRootIsDecorated(false);
    m_alertView->setAlternatingRowColors(true);
    m_alertView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alertView->setObjectName(QStringLiteral("alertsView"));
    m_alertView->header()->setStretchLastSection(true);
    layout->addWidget(m_alertView, 2);

    auto *silenceTitle = new QLabel(tr("Silences for this environment"), this);
    silenceTitle->setFont(bold);
    layout->addWidget(silenceTitle);
    m_silences->setHorizontalHeaderLabels({tr("Comment"), tr("State"), tr("Starts"), tr("Ends"), tr("Created by")});
    m_silenceView->setModel(m_silences);
    m_silenceView->setRootIsDecorated(false);
    m_silenceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_silenceView->setObjectName(QStringLiteral("silencesView"));
    layout->addWidget(m_silenceView, 1);

    auto *actions = new QHBoxLayout;
    m_changeBox->setAccessibleName(tr("Change"));
    m_changeBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_changeBox->setMinimumContentsLength(18);
    actions->addWidget(m_changeBox, 1);
    actions->addWidget(m_silenceButton);
    actions->addWidget(m_expireButton);
    layout->addLayout(actions);
    m_feedback->setWordWrap(true);
    m_feedback->setObjectName(QStringLiteral("alertsFeedback"));
    layout->addWidget(m_feedback);

    connect(m_silenceButton, &QPushButton::clicked, this, [this] {
        const int row = m_changeBox->currentIndex();
        if (row >= 0 && row < m_changes.size())
            silenceChange(m_changes[row]);
    });
    connect(m_expireButton, &QPushButton::clicked, this, &AlertsList::expireSelected);
    connect(m_silenceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsList::updateActions);
    connect(this, &AlertsList::silenceCreated, this, [this](const QString &id) {
        m_feedback->setText(tr("Silence %1 created; it ends with the change's window.").arg(id));
    });
    connect(this, &AlertsList::silenceExpired, this,
            [this](const QString &id) { m_feedback->setText(tr("Silence %1 expired.").arg(id)); });
    connect(this, &AlertsList::actionFailed, this,
            [this](const QString &reason) { m_feedback->setText(tr("Alertmanager refused: %1").arg(reason)); });
    updateActions();
}

void AlertsList::setAlertmanager(Services::AlertmanagerClient *client)
{
    m_client = client;
    updateActions();
}

void AlertsList::setUser(const QString &user)
{
    m_user = user;
}

void AlertsList::setAlerts(const QList<Alert> &alerts, const QList<Silence> &silences, const Models::SourceState &state)
{
    if (state.status == Status::Stale || state.status == Status::Unreachable) {
        m_state->setText(QStringLiteral("⚠ ")
                         + tr("Alertmanager %1: %2. The list shows what it said last%3.")
                               .arg(Models::SourceState::statusText(state.status), state.reason,
                                    state.lastGood.isValid() ? tr(", at %1").arg(when(state.lastGood)) : QString()));
    } else if (state.status == Status::Unknown) {
        m_state->setText(tr("Waiting for Alertmanager…"));
    } else {
        int firing = 0;
        for (const Alert &alert : alerts)
            firing += alert.state == Alert::State::Suppressed ? 0 : 1;
        m_state->setText(firing == 0 ? tr("No alert is firing.") : tr("%1 alert(s) firing.").arg(firing));
    }
    if (state.status != Status::Fresh && alerts.isEmpty() && m_alerts->rowCount() > 0)
        return; // keep the last good list on screen

    m_alerts->setRowCount(0);
    for (const Alert &alert : alerts) {
        QList<QStandardItem *> row;
        const QString severity = alert.labels.value(QStringLiteral("severity"));
        QString stateText;
        switch (alert.state) {
        case Alert::State::Active:
            stateText = tr("firing");
            break;
        case Alert::State::Suppressed:
            stateText = alert.silencedBy.isEmpty() ? tr("inhibited") : tr("silenced");
            break;
        case Alert::State::Unprocessed:
            stateText = tr("pending");
            break;
        }
        row << new QStandardItem(alert.name()) << new QStandardItem(severity) << new QStandardItem(stateText)
            << new QStandardItem(when(alert.startsAt))
            << new QStandardItem(alert.annotations.value(QStringLiteral("summary")));
        const QString tip = tr("Labels: %1\nAnnotations: %2").arg(labelText(alert.labels), labelText(alert.annotations))
            + (alert.silencedBy.isEmpty() ? QString() : tr("\nSilenced by: %1").arg(alert.silencedBy.join(QStringLiteral(", "))));
        for (QStandardItem *item : row) {
            item->setToolTip(tip);
            item->setEditable(false);
        }
        m_alerts->appendRow(row);
    }
    m_silences->setRowCount(0);
    for (const Silence &silence : silences) {
        QString stateText;
        switch (silence.state) {
        case Silence::State::Active:
            stateText = tr("active");
            break;
        case Silence::State::Pending:
            stateText = tr("pending");
            break;
        case Silence::State::Expired:
            stateText = tr("expired");
            break;
        }
        QList<QStandardItem *> row;
        row << new QStandardItem(silence.comment) << new QStandardItem(stateText)
            << new QStandardItem(when(silence.startsAt)) << new QStandardItem(when(silence.endsAt))
            << new QStandardItem(silence.createdBy);
        for (QStandardItem *item : row) {
            item->setData(silence.id, SilenceIdRole);
            item->setEditable(false);
        }
        m_silences->appendRow(row);
    }
    for (int column = 0; column < AlertColumnCount - 1; ++column)
        m_alertView->resizeColumnToContents(column);
    updateActions();
}

void AlertsList::setChanges(const QList<Models::ChangeRequest> &changes)
{
    m_changes.clear();
    m_changeBox->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Models::ChangeRequest &change : changes) {
        if (!change.windowStart.isValid() || !change.windowEnd.isValid() || change.windowEnd <= now)
            continue;
        m_changes.append(change);
        m_changeBox->addItem(tr("#%1 %2 (%3 – %4)")
                                 .arg(change.id)
                                 .arg(change.title, when(change.windowStart), when(change.windowEnd)));
    }
    updateActions();
}

void AlertsList::silenceChange(const Models::ChangeRequest &change)
{
    if (!m_client) {
        Q_EMIT actionFailed(tr("no Alertmanager is configured for this environment"));
        return;
    }
    const Silence silence = Services::AlertmanagerClient::silenceForChange(change, m_user);
    whenFinished(m_client->createSilence(silence), this, [this](const Models::Result<QString> &result) {
        if (result.ok())
            Q_EMIT silenceCreated(result.value());
        else
            Q_EMIT actionFailed(result.error().message);
    });
}

void AlertsList::expireSelected()
{
    const QModelIndexList rows = m_silenceView->selectionModel()->selectedRows();
    if (!m_client || rows.isEmpty())
        return;
    const QString id = rows.constFirst().data(SilenceIdRole).toString();
    whenFinished(m_client->expireSilence(id), this, [this, id](const Models::Status &status) {
        if (status.ok())
            Q_EMIT silenceExpired(id);
        else
            Q_EMIT actionFailed(status.error().message);
    });
}

void AlertsList::updateActions()
{
    m_silenceButton->setEnabled(m_client && !m_changes.isEmpty());
    m_changeBox->setEnabled(!m_changes.isEmpty());
    if (m_changes.isEmpty())
        m_silenceButton->setToolTip(tr("No change of this environment has a window that is still ahead."));
    else
        m_silenceButton->setToolTip(tr("Silences every alert of this environment for exactly the chosen "
                                       "change's window."));
    m_expireButton->setEnabled(m_client && m_silenceView->selectionModel()->hasSelection());
}

} // namespace Gatehouse::Ui
