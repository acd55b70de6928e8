#include "ui/releasespage.h"

#include "models/gateinputs.h"
#include "models/kubestore.h"
#include "services/controlstore.h"
#include "services/kubeclient.h"
#include "services/releasereport.h"
#include "services/whenfinished.h"
#include "ui/emptystate.h"
#include "ui/newreleasedialog.h"
#include "ui/releasecriteriongauge.h"
#include "ui/releaselistmodel.h"
#include "ui/releasestyle.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileDialog>
#include <QFont>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimeZone>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Gatehouse::Ui {

using Services::whenFinished;

struct ReleasesPage::Detail
{
    Models::Release release;
    QList<Models::CriterionSample> samples;
    QList<Models::ReleaseRequest> requests;
    QList<Models::ChangeScope> scopes;
};

ReleasesPage::ReleasesPage(Services::ControlStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_newRelease = new QPushButton(tr("&New release…"), this);
    m_newRelease->setToolTip(tr("Bundle approved changes into a release along the promotion path."));
    top->addWidget(m_newRelease);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_message, 1);
    top->addStretch(1);
    layout->addLayout(top);

    auto *splitter = new QSplitter(this);
    m_model = new ReleaseListModel(this);
    m_view = new QTreeView(splitter);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Releases"));
    m_view->header()->setSectionResizeMode(ReleaseListModel::TitleColumn, QHeaderView::Stretch);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    auto *detail = new QWidget(scroll);
    auto *detailLayout = new QVBoxLayout(detail);
    m_header = new QLabel(detail);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_header->setFont(big);
    detailLayout->addWidget(m_header);
    m_status = new QLabel(detail);
    m_status->setWordWrap(true);
    detailLayout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_rollBack = new QPushButton(ReleaseStyle::stateIcon(Models::ReleaseState::RolledBack), tr("&Roll back now"), detail);
    m_rollBack->setToolTip(tr("Undo every workload this release changed in its current environment (release manager or support)."));
    QFont bold = m_rollBack->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    m_rollBack->setFont(bold);
    m_rollBack->setMinimumHeight(m_rollBack->sizeHint().height() * 3 / 2);
    m_continue = new QPushButton(ReleaseStyle::stateIcon(Models::ReleaseState::Running), tr("&Continue"), detail);
    m_continue->setToolTip(tr("Continue the paused phase (release manager; the reason is recorded)."));
    m_pause = new QPushButton(ReleaseStyle::stateIcon(Models::ReleaseState::Paused), tr("&Pause"), detail);
    m_pause->setToolTip(tr("Pause the release and its rollout (release manager or support)."));
    m_overrideGates = new QPushButton(tr("&Override gates…"), detail);
    m_overrideGates->setToolTip(tr("Record an authorised override, with a reason, of each gate that keeps this "
                                   "release paused (as the policy permits); then continue it."));
    buttons->addWidget(m_rollBack);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_overrideGates);
    buttons->addStretch(1);
    m_exportReport = new QPushButton(tr("&Export report…"), detail);
    m_exportReport->setToolTip(tr("The release report as PDF: timeline, approvals, gates, criteria before, during "
                                  "and after each phase, restore points, actions and the audit chain's verification."));
    buttons->addWidget(m_exportReport);
    detailLayout->addLayout(buttons);

    auto *timelineBox = new QGroupBox(tr("Timeline"), detail);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    m_timeline = new QTreeWidget(timelineBox);
    m_timeline->setHeaderLabels({tr("Environment / phase"), tr("State"), tr("Started"), tr("Baking since"),
                                 tr("Finished"), tr("Note")});
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setUniformRowHeights(true);
    timelineLayout->addWidget(m_timeline);
    detailLayout->addWidget(timelineBox, 2);

    auto *criteriaBox = new QGroupBox(tr("Rollback criteria"), detail);
    m_gaugeLayout = new QVBoxLayout(criteriaBox);
    m_gaugeBox = criteriaBox;
    m_noCriteria = new QLabel(tr("The changes of this release name no rollback criterion."), criteriaBox);
    m_gaugeLayout->addWidget(m_noCriteria);
    detailLayout->addWidget(criteriaBox);

    auto *planBox = new QGroupBox(tr("Rollback plan"), detail);
    auto *planLayout = new QVBoxLayout(planBox);
    m_rollbackPlan = new QLabel(planBox);
    m_rollbackPlan->setWordWrap(true);
    m_rollbackPlan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    planLayout->addWidget(m_rollbackPlan);
    m_restorePoints = new QTreeWidget(planBox);
    m_restorePoints->setHeaderLabels({tr("Environment"), tr("Restore point"), tr("LSN"), tr("Created")});
    m_restorePoints->setRootIsDecorated(false);
    m_restorePoints->setAccessibleName(tr("Restore points"));
    planLayout->addWidget(m_restorePoints);
    detailLayout->addWidget(planBox, 1);
    scroll->setWidget(detail);
    // Until a release is selected, say what the area is for instead of empty tables.
    m_detailStack = new QStackedWidget(splitter);
    auto *empty = new EmptyState(m_detailStack);
    empty->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    empty->setTitle(tr("No release selected"));
    empty->setText(tr("Select a release to follow its phases, rollback criteria and rollback plan, or bundle "
                      "approved changes into a new release."));
    empty->setActionText(tr("New release…"));
    connect(empty, &EmptyState::actionTriggered, this, [this] { openNewReleaseDialog(); });
    m_detailStack->addWidget(empty);
    m_detailStack->addWidget(scroll);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_newRelease, &QPushButton::clicked, this, [this] { openNewReleaseDialog(); });
    connect(m_exportReport, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export release report"),
                                                          tr("release-%1-report.pdf").arg(m_currentId),
                                                          tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            exportReport(path);
    });
    connect(m_rollBack, &QPushButton::clicked, this, &ReleasesPage::rollBackNow);
    connect(m_continue, &QPushButton::clicked, this, &ReleasesPage::continueRelease);
    connect(m_overrideGates, &QPushButton::clicked, this, &ReleasesPage::overrideBlockedGates);
    connect(m_pause, &QPushButton::clicked, this, &ReleasesPage::pauseRelease);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReleasesPage::currentChanged);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(150);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ReleasesPage::refresh);
    m_pollTimer.setInterval(2000);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_shown && !m_shown->isFinal())
            refreshDetail();
    });
    if (m_store) {
        connect(m_store, &Services::ControlStore::changesChanged, this, [this] { m_refreshTimer.start(); });
        // The page may exist before the store is opened (the application connects after
        // reading the password from the keychain): read again, and ask who this is again,
        // whenever the connection comes up.
        connect(m_store, &Services::ControlStore::connectionStateChanged, this,
                [this](Services::ControlStore::ConnectionState state) {
                    if (state != Services::ControlStore::ConnectionState::Connected)
                        return;
                    askRoles();
                    m_refreshTimer.start();
                });
        askRoles();
    }
    m_pollTimer.start();
    showMessage(QString(), false);
    updateButtons();
    refresh();
}

ReleasesPage::~ReleasesPage()
{
    // Executors stop driving without giving their leases up, as on a crash: another
    // Gatehouse takes over once the lease expired. Closing the page is not a decision.
    m_pollTimer.stop();
    m_refreshTimer.stop();
}

void ReleasesPage::setEstate(Models::EstatePtr estate)
{
    m_estate = std::move(estate);
    for (auto it = m_executors.constBegin(); it != m_executors.constEnd(); ++it)
        it.value()->setSettings(settingsFor(it.key()));
    refreshDetail();
}

void ReleasesPage::setExecutorEnvironments(const QList<Services::ReleaseEnvironment> &environments)
{
    // Executors hold the clients by pointer and the old ones may be about to go (an estate
    // reload, a kubeconfig change): every executor restarts over the new set. Stopping hands
    // the lease back, so the new executor takes the release over at once.
    for (Services::ReleaseExecutor *executor : std::as_const(m_executors)) {
        executor->stop();
        delete executor;
    }
    m_executors.clear();
    m_environments = environments;
    updateExecutors();
}

void ReleasesPage::askRoles()
{
    whenFinished(m_store->myRoles(), this, [this](const Models::Result<QList<Models::HeldRole>> &roles) {
        if (!roles)
            return; // asked again when the connection comes up
        bool manager = false;
        for (const Models::HeldRole &role : roles.value())
            manager = manager || role.role == QLatin1String("release-manager");
        m_releaseManager = manager;
        updateExecutors();
    });
}

void ReleasesPage::setExecutorSettings(const Services::ReleaseExecutorSettings &settings)
{
    m_executorSettings = settings;
    for (auto it = m_executors.constBegin(); it != m_executors.constEnd(); ++it)
        it.value()->setSettings(settingsFor(it.key()));
}

void ReleasesPage::setGateSource(Models::GateSource source)
{
    m_gateSource = std::move(source);
    for (auto it = m_executors.constBegin(); it != m_executors.constEnd(); ++it) {
        it.value()->setGateSource(m_gateSource);
        it.value()->setSettings(settingsFor(it.key()));
    }
}

Services::ReleaseExecutorSettings ReleasesPage::settingsFor(qint64 releaseId) const
{
    Services::ReleaseExecutorSettings settings = m_executorSettings;
    if (!m_executorSettings.holder.isEmpty())
        settings.holder = m_executorSettings.holder + QLatin1Char('-') + QString::number(releaseId);
    if (m_gateSource && m_estate && settings.gatesByEnvironment.isEmpty()) {
        for (const Models::Environment &environment : m_estate->environments)
            settings.gatesByEnvironment.insert(environment.name, Models::GateInputs::gatesFor(*m_estate, environment.name));
    }
    return settings;
}

void ReleasesPage::setPollInterval(int milliseconds)
{
    m_pollTimer.setInterval(milliseconds);
}

void ReleasesPage::refresh()
{
    refreshList();
    refreshDetail();
}

void ReleasesPage::refreshList()
{
    if (!m_store || m_listLoading)
        return;
    m_listLoading = true;
    const quint64 generation = ++m_listGeneration;
    whenFinished(m_store->listReleases(), this, [this, generation](const Models::Result<QList<Models::Release>> &releases) {
        m_listLoading = false;
        if (generation != m_listGeneration)
            return;
        if (!releases) {
            showMessage(tr("The releases could not be read: %1").arg(releases.error().message), true);
            m_listErrorShown = true;
            return;
        }
        if (m_listErrorShown) {
            m_listErrorShown = false;
            showMessage(QString(), false); // the earlier read error no longer holds
        }
        m_model->setReleases(releases.value());
        if (m_currentId == 0 && m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateExecutors();
        Q_EMIT releasesRefreshed();
    }, [this] { m_listLoading = false; });
}

bool ReleasesPage::selectRelease(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void ReleasesPage::currentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? current.data(ReleaseListModel::IdRole).toLongLong() : 0;
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_shown.reset();
    m_detailLoading = false;
    ++m_detailGeneration;
    showMessage(QString(), false);
    refreshDetail();
}

void ReleasesPage::refreshDetail()
{
    if (!m_store || m_currentId == 0) {
        updateButtons();
        return;
    }
    if (m_detailLoading)
        return;
    m_detailLoading = true;
    const quint64 generation = ++m_detailGeneration;
    const qint64 id = m_currentId;
    auto detail = std::make_shared<Detail>();
    auto left = std::make_shared<int>(3);
    auto error = std::make_shared<QString>();
    const auto oneDone = [this, generation, id, detail, left, error] {
        if (--*left > 0)
            return;
        if (generation != m_detailGeneration)
            return;
        // The scopes (criteria, rollback plan) are read once per release.
        if (error->isEmpty() && !m_scopes.contains(id) && !detail->release.changeIds.isEmpty()) {
            auto scopes = std::make_shared<QList<Models::ChangeScope>>();
            auto remaining = std::make_shared<int>(int(detail->release.changeIds.size()));
            for (const qint64 changeId : std::as_const(detail->release.changeIds)) {
                whenFinished(m_store->scope(changeId), this, [this, generation, id, detail, scopes, remaining](const Models::Result<Models::ChangeScope> &scope) {
                    if (scope)
                        scopes->append(scope.value());
                    if (--*remaining > 0)
                        return;
                    m_detailLoading = false;
                    if (generation != m_detailGeneration)
                        return;
                    m_scopes.insert(id, *scopes);
                    detail->scopes = *scopes;
                    showDetail(*detail);
                });
            }
            return;
        }
        m_detailLoading = false;
        if (!error->isEmpty()) {
            showMessage(*error, true);
            return;
        }
        detail->scopes = m_scopes.value(id);
        showDetail(*detail);
    };
    whenFinished(m_store->release(id), this, [detail, error, oneDone](const Models::Result<Models::Release> &release) {
        if (release)
            detail->release = release.value();
        else
            *error = release.error().message;
        oneDone();
    }, [this] { m_detailLoading = false; });
    whenFinished(m_store->criterionSamples(id), this, [detail, oneDone](const Models::Result<QList<Models::CriterionSample>> &samples) {
        if (samples)
            detail->samples = samples.value();
        oneDone();
    }, [this] { m_detailLoading = false; });
    whenFinished(m_store->releaseRequests(id), this, [detail, oneDone](const Models::Result<QList<Models::ReleaseRequest>> &requests) {
        if (requests)
            detail->requests = requests.value();
        oneDone();
    }, [this] { m_detailLoading = false; });
}

QString ReleasesPage::formatTime(const QDateTime &utc, const QString &environment) const
{
    if (!utc.isValid())
        return {};
    // The environment's first site's zone: where the warehouse the change affects is.
    QByteArray zoneId;
    if (m_estate) {
        if (const Models::Environment *env = m_estate->environment(environment); env && !env->sites.isEmpty()) {
            if (const Models::Site *site = m_estate->site(env->sites.constFirst()))
                zoneId = site->timeZone.toUtf8();
        }
        if (zoneId.isEmpty())
            zoneId = m_estate->defaultTimeZone.toUtf8();
    }
    const QTimeZone zone = zoneId.isEmpty() ? QTimeZone::utc() : QTimeZone(zoneId);
    const QDateTime local = utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    return tr("%1 %2").arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                           zone.isValid() ? zone.abbreviation(local) : QStringLiteral("UTC"));
}

void ReleasesPage::showDetail(const Detail &detail)
{
    const Models::Release &release = detail.release;
    // What a person's action said ("Continued: …") is stale once the release it was about
    // moves on to another state, or another release is shown; errors stay until replaced.
    if (!m_message->property("error").toBool()
        && m_shown && (m_shown->id != release.id || m_shown->state != release.state || m_shown->currentPhase != release.currentPhase))
        showMessage({}, false);
    m_shown = release;

    // Header: title, state in words (with its icon in the list) and why it stopped.
    QString header = tr("Release #%1 %2 — %3").arg(release.id).arg(release.title, ReleaseStyle::stateText(release.state));
    if (!release.stopReason.isEmpty())
        header += QLatin1Char('\n') + release.stopReason;
    m_header->setText(header);

    QStringList status;
    for (const Models::ReleaseRequest &request : detail.requests) {
        if (!request.isOpen())
            continue;
        status.append(request.kind == QLatin1String("rollback")
                          ? tr("Rollback of %1 requested by %2 at %3: %4")
                                .arg(request.environment, request.by, formatTime(request.at, request.environment), request.reason)
                          : tr("Pause requested by %1 at %2: %3")
                                .arg(request.by, formatTime(request.at, request.environment), request.reason));
    }
    if (!release.leaseHolder.isEmpty() && !release.isFinal())
        status.append(release.leaseExpiresAt > QDateTime::currentDateTimeUtc()
                          ? tr("Driven by executor %1.").arg(release.leaseHolder)
                          : tr("No executor drives it now (the last one stopped)."));
    if (!m_executorState.isEmpty() && m_executors.contains(release.id))
        status.append(m_executorState);
    m_status->setText(status.join(QLatin1Char('\n')));
    m_status->setVisible(!status.isEmpty());

    // Timeline: one row per environment along the path, its phases below it.
    m_timeline->clear();
    QTreeWidgetItem *environmentItem = nullptr;
    for (const Models::ReleasePhase &phase : release.phases) {
        if (!environmentItem || environmentItem->data(0, Qt::UserRole).toString() != phase.environment) {
            environmentItem = new QTreeWidgetItem(m_timeline);
            environmentItem->setText(0, phase.environment);
            environmentItem->setData(0, Qt::UserRole, phase.environment);
            QFont font = environmentItem->font(0);
            font.setBold(true);
            environmentItem->setFont(0, font);
            environmentItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(environmentItem);
        QString name = tr("%1 — %2").arg(phase.workload, ReleaseStyle::kindText(phase.kind));
        if (phase.migration)
            name += tr(" (database migration)");
        if (phase.position == release.currentPhase && !release.isFinal())
            name = tr("▶ %1").arg(name);
        item->setText(0, name);
        item->setToolTip(0, phase.image);
        item->setIcon(1, ReleaseStyle::phaseIcon(phase.state));
        QString stateText = ReleaseStyle::phaseText(phase.state);
        if (phase.state == Models::PhaseState::Baking && phase.bakeStartedAt.isValid()) {
            const qint64 left = phase.bakeSeconds - phase.bakeStartedAt.secsTo(QDateTime::currentDateTimeUtc());
            stateText = tr("Waiting for bake (%n s left)", nullptr, int(std::max<qint64>(0, left)));
        }
        item->setText(1, stateText);
        item->setData(1, Qt::UserRole, Models::toString(phase.state));
        item->setText(2, formatTime(phase.startedAt, phase.environment));
        item->setText(3, formatTime(phase.bakeStartedAt, phase.environment));
        item->setText(4, formatTime(phase.finishedAt, phase.environment));
        item->setText(5, phase.note);
        item->setToolTip(5, phase.note);
        // The environment row summarises its phases: the least finished one.
        const QString envState = environmentItem->data(1, Qt::UserRole).toString();
        if (envState.isEmpty() || envState == QLatin1String("completed")) {
            environmentItem->setText(1, ReleaseStyle::phaseText(phase.state));
            environmentItem->setIcon(1, ReleaseStyle::phaseIcon(phase.state));
            environmentItem->setData(1, Qt::UserRole, Models::toString(phase.state));
        }
    }
    m_timeline->expandAll();
    for (int column = 0; column < m_timeline->columnCount() - 1; ++column)
        m_timeline->resizeColumnToContents(column);

    // Criteria: one gauge per criterion of the changes, rebuilt when the set changes.
    QList<Models::RollbackCriterion> criteria;
    QSet<QString> seen;
    QStringList plans;
    for (const Models::ChangeScope &scope : detail.scopes) {
        for (const Models::RollbackCriterion &criterion : scope.rollbackCriteria) {
            if (!seen.contains(criterion.name)) {
                seen.insert(criterion.name);
                criteria.append(criterion);
            }
        }
        if (!scope.rollbackPlan.trimmed().isEmpty() && !plans.contains(scope.rollbackPlan.trimmed()))
            plans.append(scope.rollbackPlan.trimmed());
    }
    // Compared whole: two releases' criteria may share a name and differ in threshold.
    QList<Models::RollbackCriterion> have;
    for (const ReleaseCriterionGauge *gauge : std::as_const(m_gauges))
        have.append(gauge->criterion());
    if (have != criteria) {
        qDeleteAll(m_gauges);
        m_gauges.clear();
        for (const Models::RollbackCriterion &criterion : std::as_const(criteria)) {
            auto *gauge = new ReleaseCriterionGauge(criterion, m_gaugeBox);
            m_gaugeLayout->addWidget(gauge);
            m_gauges.append(gauge);
        }
    }
    // The current phase's evaluations (all of them once the release is finished).
    QList<Models::CriterionSample> samples;
    for (const Models::CriterionSample &sample : detail.samples) {
        if (release.isFinal() || sample.phase == std::min(release.currentPhase, int(release.phases.size()) - 1))
            samples.append(sample);
    }
    if (samples.isEmpty())
        samples = detail.samples;
    for (ReleaseCriterionGauge *gauge : std::as_const(m_gauges))
        gauge->setSamples(samples);
    m_noCriteria->setVisible(m_gauges.isEmpty());

    // Rollback plan and restore points.
    m_rollbackPlan->setText(plans.isEmpty() ? tr("No rollback plan written; Gatehouse undoes each workload it changed.")
                                            : plans.join(QLatin1Char('\n')));
    m_restorePoints->clear();
    for (const Models::RestorePoint &point : release.restorePoints) {
        auto *item = new QTreeWidgetItem(m_restorePoints);
        item->setText(0, point.environment);
        item->setText(1, point.name);
        item->setText(2, point.lsn);
        item->setText(3, formatTime(point.createdAt, point.environment));
    }
    if (release.restorePoints.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_restorePoints);
        item->setText(0, tr("No restore point yet: one is created before each phase with a database migration."));
        item->setFirstColumnSpanned(true);
    }
    updateButtons();
    Q_EMIT detailRefreshed(release.id);
}

void ReleasesPage::updateButtons()
{
    const bool shown = m_shown.has_value();
    const Models::ReleaseState state = shown ? m_shown->state : Models::ReleaseState::Planned;
    // Availability follows the release's state; the person's role is the database's call.
    m_rollBack->setEnabled(shown && (state == Models::ReleaseState::Running || state == Models::ReleaseState::Paused));
    m_continue->setEnabled(shown && state == Models::ReleaseState::Paused);
    m_pause->setEnabled(shown && state == Models::ReleaseState::Running);
    const QList<BlockedGate> blocked = blockedGates();
    m_overrideGates->setEnabled(!blocked.isEmpty());
    m_overrideGates->setVisible(!blocked.isEmpty());
    m_newRelease->setEnabled(m_store != nullptr);
    m_exportReport->setEnabled(shown && !m_exporting);
    m_detailStack->setCurrentIndex(m_currentId == 0 ? 0 : 1);
}

void ReleasesPage::exportReport(const QString &path)
{
    if (!m_store || m_currentId <= 0 || m_exporting)
        return;
    m_exporting = true;
    updateButtons();
    showMessage(tr("Writing the report of release #%1…").arg(m_currentId), false);
    const qint64 id = m_currentId;
    whenFinished(Services::ReleaseReport::gather(m_store, id), this,
                 [this, id, path](const Models::Result<Services::ReleaseReportData> &gathered) {
                     m_exporting = false;
                     updateButtons();
                     const Models::Status written = gathered
                         ? Services::ReleaseReport::writePdf(gathered.value(), path)
                         : Models::Status::failure(gathered.error().message);
                     const QString message = written
                         ? tr("The report of release #%1 was written to %2.").arg(id).arg(QDir::toNativeSeparators(path))
                         : tr("The report of release #%1 was not written: %2").arg(id).arg(written.error().message);
                     showMessage(message, !written);
                     Q_EMIT reportExported(bool(written), message);
                 });
}

void ReleasesPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setVisible(!text.isEmpty());
}

QString ReleasesPage::headerText() const
{
    return m_header->text();
}

QString ReleasesPage::messageText() const
{
    return m_message->text();
}

QString ReleasesPage::statusText() const
{
    return m_status->text();
}

std::optional<QString> ReleasesPage::askReason(const QString &title, const QString &question) const
{
    if (m_prompt)
        return m_prompt(title, question);
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(const_cast<ReleasesPage *>(this), title, question, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return reason;
}

void ReleasesPage::answer(const QString &what, const Models::Result<Models::ReleaseRequest> &result)
{
    const QString message = result ? what : tr("Refused: %1").arg(result.error().message);
    showMessage(message, !result);
    Q_EMIT actionFinished(bool(result), message);
    refresh();
}

void ReleasesPage::rollBackNow()
{
    if (!m_store || !m_shown)
        return;
    const qint64 id = m_shown->id;
    const auto reason = askReason(tr("Roll back now"),
                                  tr("Every workload release #%1 changed in its current environment will be undone. Why?")
                                      .arg(id));
    if (!reason)
        return;
    whenFinished(m_store->requestReleaseRollback(id, *reason), this, [this](const Models::Result<Models::ReleaseRequest> &r) {
        answer(r ? tr("Rollback of %1 requested: the executor undoes every workload the release changed there.")
                       .arg(r->environment)
                 : QString(),
               r);
    });
}

void ReleasesPage::pauseRelease()
{
    if (!m_store || !m_shown)
        return;
    const qint64 id = m_shown->id;
    const auto reason = askReason(tr("Pause"), tr("Release #%1 and its rollout will be paused. Why?").arg(id));
    if (!reason)
        return;
    whenFinished(m_store->pauseRelease(id, *reason), this, [this](const Models::Result<Models::ReleaseRequest> &r) {
        answer(tr("Paused: the release waits until a release manager continues it."), r);
    });
}

void ReleasesPage::continueRelease()
{
    if (!m_store || !m_shown)
        return;
    const qint64 id = m_shown->id;
    const auto reason = askReason(tr("Continue"), tr("Release #%1 continues where it was paused. Why is it safe?").arg(id));
    if (!reason)
        return;
    whenFinished(m_store->continueRelease(id, *reason), this, [this](const Models::Result<Models::Release> &r) {
        const QString message = r ? tr("Continued: the executor picks the phase up again.")
                                  : tr("Refused: %1").arg(r.error().message);
        showMessage(message, !r);
        Q_EMIT actionFinished(bool(r), message);
        refresh();
    });
}

QList<ReleasesPage::BlockedGate> ReleasesPage::blockedGates() const
{
    QList<BlockedGate> blocked;
    if (!m_shown || m_shown->state != Models::ReleaseState::Paused || m_shown->currentPhase < 0
        || m_shown->currentPhase >= m_shown->phases.size())
        return blocked;
    const Models::ReleasePhase &phase = m_shown->phases.at(m_shown->currentPhase);
    // The executor's last gate evaluation of this environment, if it blocked.
    for (auto it = m_shown->actions.crbegin(); it != m_shown->actions.crend(); ++it) {
        if (it->action != QLatin1String("gates") || it->target != phase.environment)
            continue;
        const QJsonObject detail = QJsonDocument::fromJson(it->detail.toUtf8()).object();
        if (detail.value(QStringLiteral("allowed")).toBool(true))
            break;
        for (const QJsonValue &reportValue : detail.value(QStringLiteral("reports")).toArray()) {
            const QJsonObject report = reportValue.toObject();
            const auto changeId = qint64(report.value(QStringLiteral("change")).toDouble());
            for (const QJsonValue &gateValue : report.value(QStringLiteral("gates")).toArray()) {
                const QJsonObject gate = gateValue.toObject();
                if (gate.value(QStringLiteral("outcome")).toString() == QLatin1String("pass")
                    || gate.contains(QStringLiteral("override")))
                    continue;
                blocked.append({changeId, phase.environment, gate.value(QStringLiteral("gate")).toString(),
                                gate.value(QStringLiteral("summary")).toString()});
            }
        }
        break;
    }
    // A migration phase the archiver check refused: no restore point was made for it.
    if (phase.migration && phase.state == Models::PhaseState::Paused) {
        bool restored = false;
        for (const Models::RestorePoint &point : m_shown->restorePoints)
            restored = restored || point.phase == phase.position;
        if (!restored) {
            for (const qint64 changeId : m_shown->changeIds)
                blocked.append({changeId, phase.environment, QStringLiteral("wal-archiving"), phase.note});
        }
    }
    return blocked;
}

void ReleasesPage::overrideBlockedGates()
{
    const QList<BlockedGate> blocked = blockedGates();
    if (!m_store || !m_shown || blocked.isEmpty())
        return;
    const qint64 id = m_shown->id;
    QStringList lines;
    for (const BlockedGate &gate : blocked)
        lines.append(tr("• %1 of change #%2 in %3: %4").arg(gate.gate).arg(gate.changeId).arg(gate.environment, gate.summary));
    const auto reason = askReason(tr("Override gates"),
                                  tr("These gates keep release #%1 paused:\n%2\nWhy may the release go on despite them? "
                                     "The override is recorded with your name and this reason.")
                                      .arg(id)
                                      .arg(lines.join(QLatin1Char('\n'))));
    if (!reason)
        return;
    auto left = std::make_shared<int>(int(blocked.size()));
    auto refused = std::make_shared<QStringList>();
    for (const BlockedGate &gate : blocked) {
        whenFinished(m_store->overrideGate(gate.changeId, gate.environment, gate.gate, *reason), this,
                     [this, left, refused, gate](const Models::Status &status) {
                         if (!status)
                             refused->append(tr("%1 of change #%2: %3").arg(gate.gate).arg(gate.changeId).arg(status.error().message));
                         if (--*left > 0)
                             return;
                         const QString message = refused->isEmpty()
                             ? tr("Overrides recorded. Continue the release to evaluate the gates again.")
                             : tr("Refused: %1").arg(refused->join(QStringLiteral("; ")));
                         showMessage(message, !refused->isEmpty());
                         Q_EMIT actionFinished(refused->isEmpty(), message);
                         refresh();
                     });
    }
}

NewReleaseDialog *ReleasesPage::openNewReleaseDialog()
{
    if (!m_store)
        return nullptr;
    auto *dialog = new NewReleaseDialog(m_store, m_estate, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const QList<Services::ReleaseEnvironment> environments = m_environments;
    dialog->setContainerResolver([environments](const QString &environment, const QString &workload, const QString &image) {
        for (const Services::ReleaseEnvironment &target : environments) {
            if (target.name != environment || !target.kube)
                continue;
            const Models::KubeDeployment *deployment = target.kube->store()->deployment(workload);
            if (!deployment || deployment->containers.isEmpty())
                return QString();
            // The container running the same repository as the new image; else the first.
            const QString repository = image.section(QLatin1Char(':'), 0, 0);
            for (const Models::KubeContainer &container : deployment->containers) {
                if (container.image.section(QLatin1Char(':'), 0, 0) == repository)
                    return container.name;
            }
            return deployment->containers.constFirst().name;
        }
        return QString();
    });
    connect(dialog, &NewReleaseDialog::created, this, [this](const Models::Release &release) {
        showMessage(tr("Release #%1 created with %n phase(s).", nullptr, int(release.phases.size())).arg(release.id), false);
        m_currentId = 0;
        refreshList();
        // Select it once listed.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(this, &ReleasesPage::releasesRefreshed, this, [this, id = release.id, connection] {
            if (selectRelease(id))
                disconnect(*connection);
        });
    });
    dialog->open();
    return dialog;
}

void ReleasesPage::updateExecutors()
{
    if (!m_store || m_environments.isEmpty() || m_releaseManager != true)
        return;
    for (const Models::Release &release : m_model->releases()) {
        Services::ReleaseExecutor *existing = m_executors.value(release.id);
        if (release.isFinal()) {
            if (existing && !existing->isRunning()) {
                m_executors.remove(release.id);
                existing->deleteLater();
            }
            continue;
        }
        if (existing)
            continue;
        auto *executor = new Services::ReleaseExecutor(m_store, this);
        executor->setSettings(settingsFor(release.id));
        executor->setGateSource(m_gateSource);
        for (const Services::ReleaseEnvironment &environment : std::as_const(m_environments))
            executor->addEnvironment(environment);
        const qint64 id = release.id;
        connect(executor, &Services::ReleaseExecutor::stepFailed, this, [this, id](const QString &message) {
            m_executorState = tr("The executor's last step failed and is retried: %1").arg(message);
            if (m_currentId == id)
                m_status->setText(m_executorState);
        });
        connect(executor, &Services::ReleaseExecutor::releaseUpdated, this, [this, id] {
            m_executorState.clear();
            if (m_currentId == id)
                m_refreshTimer.start();
        });
        connect(executor, &Services::ReleaseExecutor::stopped, this, [this] { m_refreshTimer.start(); });
        m_executors.insert(id, executor);
        executor->start(id);
    }
}

} // namespace Gatehouse::Ui
