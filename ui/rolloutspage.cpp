#include "rolloutspage.h"

#include "cachedtextdelegate.h"
#include "futurecallback.h"
#include "rolloutactiondialog.h"
#include "rolloutbanner.h"
#include "rolloutdetailview.h"
#include "rolloutenvironment.h"
#include "rolloutprogressdelegate.h"

#include "models/kubestore.h"
#include "models/workloadmodel.h"
#include "services/controlstore.h"
#include "services/kubeactions.h"
#include "services/kubeconfig.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;
using Services::KubeActionOutcome;
using Services::KubeConfig;
using State = Services::KubeConnectionStatus::State;

namespace {

/// How current an environment's Kubernetes data is, as the health overview shows it.
SourceState sourceStateOf(const RolloutEnvironment &environment, SourceState state)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Services::KubeConnectionStatus status = environment.status();
    if (!environment.configurationError().isEmpty()) {
        state.recordFailure(SourceState::Status::Unreachable, environment.configurationError(), now);
    } else if (status.state == State::Connected) {
        state.recordSuccess(status.dataAsOf.isValid() ? status.dataAsOf : now);
    } else if (status.state != State::Connecting || state.status != SourceState::Status::Unknown) {
        state.recordFailure(status.dataAsOf.isValid() ? SourceState::Status::Stale : SourceState::Status::Unreachable,
                            status.message.isEmpty() ? environment.shortState() : status.message, now);
    }
    return state;
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// The workload list: a changed row repaints only where it is visible. A plain tree view
/// repaints its whole viewport for any change wider than one cell (a row is), however far
/// from the visible rows it is; with thousands of workloads some row changes in nearly
/// every update, and the full repaint cost as much as the rest of that turn.
class WorkloadTreeView : public QTreeView
{
public:
    using QTreeView::QTreeView;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) override
    {
        if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid()) {
            QTreeView::dataChanged(topLeft, bottomRight, roles);
            return;
        }
#if QT_CONFIG(accessibility)
        if (QAccessible::isActive()) {
            QAccessibleTableModelChangeEvent event(this, QAccessibleTableModelChangeEvent::DataChanged);
            event.setFirstRow(topLeft.row());
            event.setFirstColumn(topLeft.column());
            event.setLastRow(bottomRight.row());
            event.setLastColumn(bottomRight.column());
            QAccessible::updateAccessibility(&event);
        }
#endif
        const QModelIndex firstShown = indexAt(QPoint(0, 0));
        if (!firstShown.isValid())
            return; // nothing shown
        const QModelIndex lastShown = indexAt(QPoint(0, viewport()->height() - 1));
        const int first = std::max(topLeft.row(), firstShown.row());
        const int last = std::min(bottomRight.row(), lastShown.isValid() ? lastShown.row() : model()->rowCount() - 1);
        if (first > last)
            return; // the changed rows are out of sight
        const QRect top = visualRect(model()->index(first, 0));
        const QRect bottom = visualRect(model()->index(last, 0));
        viewport()->update(QRect(0, top.top(), viewport()->width(), bottom.bottom() - top.top() + 1));
    }
};

} // namespace

RolloutsPage::RolloutsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rolloutsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *top = new QHBoxLayout;
    auto *envLabel = new QLabel(tr("&Environment:"), this);
    m_environmentCombo = new QComboBox(this);
    m_environmentCombo->setObjectName(QStringLiteral("environmentCombo"));
    // Sized once for the longest entry any state can give (setEstate): a combo sized to its
    // contents measures itself, and the page is laid out again, whenever an entry's text
    // changes — at every retry of every environment while a cluster is away.
    m_environmentCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_environmentCombo->setMinimumContentsLength(24);
    envLabel->setBuddy(m_environmentCombo);
    top->addWidget(envLabel);
    top->addWidget(m_environmentCombo);
    top->addStretch(1);
    layout->addLayout(top);

    m_banner = new RolloutBanner(this);
    m_banner->label()->setObjectName(QStringLiteral("connectionLabel"));
    m_banner->label()->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->label()->setMargin(6);
    layout->addWidget(m_banner);
    m_insecure = new QLabel(this);
    m_insecure->setObjectName(QStringLiteral("insecureLabel"));
    m_insecure->setWordWrap(true);
    m_insecure->setMargin(6);
    m_insecure->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; }"));
    m_insecure->hide();
    layout->addWidget(m_insecure);
    m_actionResult = new QLabel(this);
    m_actionResult->setObjectName(QStringLiteral("actionResultLabel"));
    m_actionResult->setWordWrap(true);
    m_actionResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionResult->hide();
    layout->addWidget(m_actionResult);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_workloads = new WorkloadModel(this);
    m_workloadSort = new QSortFilterProxyModel(this);
    m_workloadSort->setSourceModel(m_workloads);
    m_workloadView = new WorkloadTreeView(splitter);
    m_workloadView->setObjectName(QStringLiteral("workloadView"));
    m_workloadView->setRootIsDecorated(false);
    m_workloadView->setUniformRowHeights(true);
    m_workloadView->setAlternatingRowColors(true);
    m_workloadView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_workloadView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_workloadView->setSortingEnabled(true);
    m_workloadView->setModel(m_workloadSort);
    m_workloadView->sortByColumn(WorkloadModel::NameColumn, Qt::AscendingOrder);
    // Texts laid out once: the list repaints on every watch flush during a rollout.
    m_workloadView->setItemDelegate(new CachedTextDelegate(m_workloadView));
    m_workloadView->setItemDelegateForColumn(WorkloadModel::StatusColumn, new RolloutProgressDelegate(this));
    // Status (with the progress bar) next to the name, where it is seen first; then the
    // counts as kubectl reads them: desired, up to date, ready, available.
    QHeaderView *header = m_workloadView->header();
    header->moveSection(header->visualIndex(WorkloadModel::StatusColumn), 1);
    header->moveSection(header->visualIndex(WorkloadModel::DesiredColumn), 2);
    header->moveSection(header->visualIndex(WorkloadModel::UpdatedColumn), 3);
    header->resizeSection(WorkloadModel::NameColumn, 180);
    header->resizeSection(WorkloadModel::ImagesColumn, 260);
    header->resizeSection(WorkloadModel::StatusColumn, 300);
    for (int column : {int(WorkloadModel::DesiredColumn), int(WorkloadModel::UpdatedColumn),
                       int(WorkloadModel::ReadyColumn), int(WorkloadModel::AvailableColumn),
                       int(WorkloadModel::RevisionColumn)})
        header->resizeSection(column, 64);
    m_detail = new RolloutDetailView(splitter);
    m_detail->setObjectName(QStringLiteral("rolloutDetail"));
    splitter->addWidget(m_workloadView);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 600});
    layout->addWidget(splitter, 1);

    connect(m_environmentCombo, &QComboBox::currentIndexChanged, this, &RolloutsPage::showEnvironment);
    connect(m_workloadView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detail->setDeployment(current.isValid() ? current.data(WorkloadModel::NameRole).toString() : QString());
            });
    connect(m_detail, &RolloutDetailView::actionRequested, this, [this](RolloutAction action) { openActionDialog(action); });

    m_watcher = new QFileSystemWatcher(this);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(300); // editors and `kubectl config` write in several steps
    connect(&m_reloadTimer, &QTimer::timeout, this, &RolloutsPage::loadKubeConfig);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_reloadTimer.start(); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_reloadTimer.start(); });

    m_clockTimer.setInterval(1000); // ages and "time since last progress" move with the clock
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        refreshBanner();
        repaintClockCells();
    });
    m_clockTimer.start();
    refreshBanner();
    updateActionAvailability();
}

RolloutsPage::~RolloutsPage()
{
    m_workloads->setStore(nullptr);
    m_detail->setStore(nullptr);
    qDeleteAll(m_environments);
}

void RolloutsPage::setEstate(EstatePtr estate)
{
    m_estate = std::move(estate);
    m_current = nullptr;
    m_workloads->setStore(nullptr);
    m_detail->setStore(nullptr);
    qDeleteAll(m_environments);
    m_environments.clear();
    {
        const QSignalBlocker blocker(m_environmentCombo);
        m_environmentCombo->clear();
    }
    if (m_estate) {
        for (const Environment &env : m_estate->environments) {
            auto *environment = new RolloutEnvironment(env.name, env.displayName);
            if (m_haveSettings)
                environment->setClientSettings(m_settings);
            if (env.kubeContext.isEmpty())
                environment->setConfigurationError(tr("the estate names no Kubernetes context for this environment"));
            connect(environment, &RolloutEnvironment::statusChanged, this,
                    [this, environment] { environmentStatusChanged(environment); });
            connect(environment, &RolloutEnvironment::clientChanged, this, [this, environment] {
                if (environment == m_current)
                    attachCurrentClient();
            });
            if (!env.kubeContext.isEmpty()) {
                // The environment's live numbers for the Environments overview, coalesced.
                auto *summary = new KubeWorkloadSummaryTracker(environment);
                connect(summary, &KubeWorkloadSummaryTracker::summaryChanged, this,
                        [this, name = env.name](const KubeWorkloadSummary &s) {
                            Q_EMIT workloadSummaryChanged(name, s.readyPods, s.desiredPods, s.state, s);
                        });
                const auto follow = [environment, summary] {
                    summary->setStore(environment->client() ? environment->client()->store() : nullptr);
                    summary->setSourceState(sourceStateOf(*environment, summary->sourceState()));
                };
                connect(environment, &RolloutEnvironment::clientChanged, summary, follow);
                connect(environment, &RolloutEnvironment::statusChanged, summary, follow);
            }
            m_environments.append(environment);
            m_environmentCombo->addItem(environment->displayName(), env.name);
            environmentStatusChanged(environment);
        }
    }
    int longestName = 0;
    for (const RolloutEnvironment *environment : std::as_const(m_environments))
        longestName = std::max(longestName, int(environment->displayName().size()));
    int longestState = 0;
    for (const QString &state : RolloutEnvironment::shortStates())
        longestState = std::max(longestState, int(state.size()));
    m_environmentCombo->setMinimumContentsLength(std::max(24, longestName + 3 + longestState));
    showEnvironment(m_environmentCombo->currentIndex());
    loadKubeConfig();
}

void RolloutsPage::setControlStore(Services::ControlStore *store)
{
    m_store = store;
    m_user.clear();
    if (store) {
        whenFinished(store->currentUser(), this, [this](const Result<QString> &user) {
            if (user.ok())
                m_user = user.value();
        });
    }
    updateActionAvailability();
}

void RolloutsPage::setKubeConfigFiles(const QStringList &files)
{
    m_files = files;
    m_filesSet = true;
    loadKubeConfig();
}

void RolloutsPage::setClientSettings(const Services::KubeClientSettings &settings)
{
    m_settings = settings;
    m_haveSettings = true;
    for (RolloutEnvironment *environment : std::as_const(m_environments))
        environment->setClientSettings(settings);
}

void RolloutsPage::loadKubeConfig()
{
    if (m_environments.isEmpty())
        return;
    const QStringList files = m_filesSet ? m_files : KubeConfig::defaultFiles();
    // Watch the files and their folders: `kubectl config` and editors replace files by rename.
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (info.exists())
            m_watcher->addPath(info.absoluteFilePath());
        if (info.absoluteDir().exists())
            m_watcher->addPath(info.absolutePath());
    }
    const quint64 generation = ++m_loadGeneration;
    whenFinished(QtConcurrent::run([files] { return KubeConfig::load(files); }), this,
                 [this, generation](const Result<KubeConfig> &config) {
                     if (generation != m_loadGeneration || !m_estate)
                         return;
                     for (RolloutEnvironment *environment : std::as_const(m_environments)) {
                         const Environment *env = m_estate->environment(environment->name());
                         if (!env || env->kubeContext.isEmpty())
                             continue;
                         if (!config.ok()) {
                             environment->setConfigurationError(config.error().toString());
                             continue;
                         }
                         auto connection = config->connection(env->kubeContext);
                         if (!connection.ok()) {
                             environment->setConfigurationError(connection.error().toString());
                             continue;
                         }
                         Services::KubeConnectionConfig resolved = connection.value();
                         if (!env->kubeNamespace.isEmpty())
                             resolved.namespaceName = env->kubeNamespace;
                         environment->setConnection(resolved);
                     }
                 });
}

RolloutEnvironment *RolloutsPage::environment(const QString &name) const
{
    for (RolloutEnvironment *environment : m_environments) {
        if (environment->name() == name)
            return environment;
    }
    return nullptr;
}

void RolloutsPage::environmentStatusChanged(RolloutEnvironment *environment)
{
    const int index = m_environmentCombo->findData(environment->name());
    if (index >= 0) {
        const QString text = tr("%1 — %2").arg(environment->displayName(), environment->shortState());
        if (m_environmentCombo->itemText(index) != text)
            m_environmentCombo->setItemText(index, text);
        const QString tip = environment->stateDescription();
        if (m_environmentCombo->itemData(index, Qt::ToolTipRole).toString() != tip)
            m_environmentCombo->setItemData(index, tip, Qt::ToolTipRole);
    }
    if (environment == m_current) {
        refreshBanner();
        updateActionAvailability();
    }
}

void RolloutsPage::showEnvironment(int comboIndex)
{
    const QString name = m_environmentCombo->itemData(comboIndex).toString();
    m_current = environment(name);
    attachCurrentClient();
}

void RolloutsPage::attachCurrentClient()
{
    const QString selected = currentWorkload();
    KubeStore *store = m_current && m_current->client() ? m_current->client()->store() : nullptr;
    if (m_workloads->store() != store) {
        m_workloads->setStore(store);
        m_detail->setStore(store);
        m_detail->setDeployment(QString());
        if (!selected.isEmpty())
            selectWorkload(selected);
    }
    refreshBanner();
    updateActionAvailability();
}

bool RolloutsPage::selectEnvironment(const QString &name)
{
    const int index = m_environmentCombo->findData(name);
    if (index < 0)
        return false;
    m_environmentCombo->setCurrentIndex(index);
    return true;
}

QString RolloutsPage::currentEnvironment() const
{
    return m_current ? m_current->name() : QString();
}

bool RolloutsPage::selectWorkload(const QString &name)
{
    m_workloads->flush();
    const int row = m_workloads->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_workloadSort->mapFromSource(m_workloads->index(row, 0));
    m_workloadView->setCurrentIndex(index);
    m_workloadView->scrollTo(index);
    return m_detail->deployment() == name;
}

QString RolloutsPage::currentWorkload() const
{
    return m_detail->deployment();
}

QString RolloutsPage::connectionText() const
{
    return m_banner->text();
}

QString RolloutsPage::environmentEntryText(const QString &name) const
{
    const int index = m_environmentCombo->findData(name);
    return index < 0 ? QString() : m_environmentCombo->itemText(index);
}

QString RolloutsPage::lastActionMessage() const
{
    return m_actionResult->text();
}

void RolloutsPage::refreshBanner()
{
    if (!m_current) {
        m_banner->setText(m_estate ? tr("The estate has no environments.") : tr("No estate loaded."));
        m_banner->setLabelStyleSheet(QString());
        m_insecure->hide();
        return;
    }
    const Services::KubeConnectionStatus status = m_current->status();
    m_banner->setText(m_current->stateDescription());
    QString style;
    if (!m_current->configurationError().isEmpty() || status.state == State::Unauthorized
        || status.state == State::TlsError)
        style = QStringLiteral("QLabel { background: #f8d7da; color: #58151c; }");
    else if (status.state == State::Reconnecting || status.isStale())
        style = QStringLiteral("QLabel { background: #fff3cd; color: #664d03; }");
    else if (status.state == State::Connected)
        style = QStringLiteral("QLabel { background: #d1e7dd; color: #0a3622; }");
    m_banner->setLabelStyleSheet(style);
    const QString insecure = m_current->insecureWarning();
    if (m_insecure->text() != insecure)
        m_insecure->setText(insecure);
    if (m_insecure->isHidden() != insecure.isEmpty())
        m_insecure->setVisible(!insecure.isEmpty());
    // Stale rows stay, in a muted colour, so that nobody mistakes them for live ones.
    const bool stale = status.isStale();
    if (m_workloadView->property("stale").toBool() != stale) {
        m_workloadView->setProperty("stale", stale);
        QPalette palette = m_workloadView->palette();
        palette.setColor(QPalette::Text, stale ? palette.color(QPalette::PlaceholderText)
                                               : QApplication::palette(m_workloadView).color(QPalette::Text));
        m_workloadView->setPalette(palette);
    }
}

void RolloutsPage::repaintClockCells()
{
    // Only a rollout in flight shows a time ("last progress 12 s ago"): repaint those
    // cells, not the whole list, every second.
    QWidget *viewport = m_workloadView->viewport();
    QModelIndex row = m_workloadView->indexAt(QPoint(0, 0));
    for (int shown = 0; row.isValid() && shown < 500; ++shown, row = m_workloadView->indexBelow(row)) {
        const QModelIndex status = row.siblingAtColumn(WorkloadModel::StatusColumn);
        const QRect rect = m_workloadView->visualRect(status);
        if (rect.top() > viewport->height())
            break;
        if (status.data(WorkloadModel::RolloutInProgressRole).toBool())
            viewport->update(rect);
    }
}

void RolloutsPage::updateActionAvailability()
{
    QString why;
    if (!m_current || !m_current->client())
        why = tr("there is no connection to this environment's cluster.");
    else if (m_current->status().state != State::Connected)
        why = tr("the connection to the cluster is not live (%1).").arg(m_current->shortState());
    else if (!m_store)
        why = tr("no control store is connected, so actions could not be recorded in the audit log.");
    else if (m_actionRunning)
        why = tr("an action is in progress.");
    m_detail->setActionsAvailable(why.isEmpty(), why);
}

RolloutActionDialog *RolloutsPage::openActionDialog(RolloutAction action)
{
    if (!m_current || !m_current->client())
        return nullptr;
    const QString name = currentWorkload();
    const KubeStore *store = m_current->client()->store();
    const KubeDeployment *deployment = store->deployment(name);
    if (!deployment || !m_detail->disabledReason(action).isEmpty())
        return nullptr;
    QList<KubeReplicaSet> revisions;
    for (const KubeReplicaSet *rs : store->replicaSetsOf(name))
        revisions.append(*rs);
    auto *dialog = new RolloutActionDialog(action, m_current->name(), m_current->displayName(), *deployment, revisions,
                                           m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { perform(dialog->request()); });
    dialog->open();
    return dialog;
}

void RolloutsPage::perform(const RolloutActionRequest &request)
{
    RolloutEnvironment *env = environment(request.environment);
    if (!env || !env->actions()) {
        finishAction(false, tr("Not sent: there is no connection to the cluster of %1.").arg(request.environment));
        return;
    }
    if (!m_store) {
        finishAction(false, tr("Not sent: no control store is connected to record the action in the audit log."));
        return;
    }
    if (request.reason.trimmed().isEmpty()) {
        finishAction(false, tr("Not sent: a reason is required."));
        return;
    }
    Services::KubeActions *actions = env->actions();
    QFuture<Result<KubeActionOutcome>> future;
    switch (request.action) {
    case RolloutAction::SetImage:
        future = actions->setImage(request.deployment, request.container, request.image);
        break;
    case RolloutAction::Pause:
        future = actions->pause(request.deployment);
        break;
    case RolloutAction::Resume:
        future = actions->resume(request.deployment);
        break;
    case RolloutAction::Restart:
        future = actions->restart(request.deployment);
        break;
    case RolloutAction::RollBack:
        future = actions->undo(request.deployment, request.toRevision);
        break;
    case RolloutAction::Scale:
        future = actions->scale(request.deployment, request.replicas, request.expectReplicas);
        break;
    }
    m_actionRunning = true;
    updateActionAvailability();
    m_actionResult->setStyleSheet(QString());
    m_actionResult->setText(tr("Sending: %1 on %2…").arg(RolloutActions::title(request.action).remove(QChar(0x2026)),
                                                       request.deployment));
    m_actionResult->show();
    whenFinished(
        future, this,
        [this, request](const Result<KubeActionOutcome> &outcome) {
            if (!outcome.ok()) {
                finishAction(false, tr("%1 on %2 was not carried out: %3")
                                        .arg(RolloutActions::title(request.action).remove(QChar(0x2026)),
                                             request.deployment, outcome.error().message));
                return;
            }
            const KubeActionOutcome done = outcome.value();
            if (!done.changed) {
                finishAction(true, tr("%1 — nothing changed, so nothing was recorded.").arg(done.summary));
                return;
            }
            if (!m_store) {
                finishAction(false, tr("%1, but it could not be recorded: the control store is gone.").arg(done.summary));
                return;
            }
            whenFinished(
                m_store->recordRolloutAction(request.environment, done.action, done.deployment, request.reason,
                                             compactJson(done.before), compactJson(done.after)),
                this,
                [this, done](const Result<AuditEntry> &entry) {
                    if (!entry.ok())
                        finishAction(false, tr("%1, but recording it in the audit log failed: %2")
                                                .arg(done.summary, entry.error().message));
                    else
                        finishAction(true, tr("%1 — recorded in the audit log (entry %2, by %3).")
                                               .arg(done.summary)
                                               .arg(entry->id)
                                               .arg(entry->actor));
                },
                [this, done] {
                    finishAction(false, tr("%1, but recording it in the audit log was cancelled.").arg(done.summary));
                });
        },
        [this] { finishAction(false, tr("The action was cancelled.")); });
}

void RolloutsPage::finishAction(bool ok, const QString &message)
{
    m_actionRunning = false;
    m_actionResult->setText(message);
    m_actionResult->setStyleSheet(ok ? QString() : QStringLiteral("QLabel { color: #c62828; }"));
    m_actionResult->show();
    updateActionAvailability();
    Q_EMIT actionFinished(ok, message);
}

} // namespace Gatehouse::Ui
