#include "mainwindow.h"

#include "appsettings.h"
#include "auditchainindicator.h"
#include "cabagendapage.h"
#include "calendarpage.h"
#include "changedetailpane.h"
#include "changespage.h"
#include "contractspage.h"
#include "contractspanel.h"
#include "dependenciespage.h"
#include "environmentspage.h"
#include "futurecallback.h"
#include "diagnosticspanel.h"
#include "estatepage.h"
#include "gatesources.h"
#include "releasespage.h"
#include "rolloutenvironment.h"
#include "rolloutspage.h"
#include "environmentshealthpoller.h"
#include "settingsdialog.h"

#include "plural.h"

#include "models/impactanalysis.h"
#include "services/contractchecker.h"
#include "services/controlstore.h"
#include "services/estatewatcher.h"
#include "services/moduledriftchecker.h"
#include "services/odoocatalog.h"
#include "services/odoodatabasetarget.h"
#include "services/pgconninfo.h"
#include "services/releaseexecutor.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequence>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPaintEvent>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;
using Services::ControlStore;
using Services::EstateWatcher;

MainWindow::MainWindow(EstateWatcher *watcher, ControlStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_watcher(watcher)
    , m_store(store)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(this))
    , m_estatePage(new EstatePage(this))
    , m_changesPage(new ChangesPage(store, this))
    , m_cabAgendaPage(new CabAgendaPage(store, this))
    , m_calendarPage(new CalendarPage(this))
    , m_dependenciesPage(new DependenciesPage(this))
    , m_contractsPage(new ContractsPage(nullptr, nullptr, this))
    , m_environmentsPage(new EnvironmentsPage(this))
    , m_rolloutsPage(new RolloutsPage(this))
    , m_releasesPage(new ReleasesPage(store, this))
    , m_gateSources(new GateSources(this))
    , m_releaseTargetsTimer(new QTimer(this))
    , m_diagnostics(new DiagnosticsPanel(this))
    , m_diagnosticsDock(new QDockWidget(tr("Estate errors"), this))
    , m_estateStatus(new QLabel(this))
    , m_storeStatus(new QLabel(this))
    , m_connectionIcon(new QLabel(this))
    , m_connectionStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Gatehouse"));
    resize(1400, 880);

    // Sidebar: icon and text for each area that works today.
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setViewMode(QListView::ListMode);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(148);
    m_navigation->setFocusPolicy(Qt::TabFocus);
    QPalette navPalette = m_navigation->palette();
    navPalette.setColor(QPalette::Base, navPalette.color(QPalette::Window).darker(104));
    m_navigation->setPalette(navPalette);
    // One entry per area, in navigation order; Ctrl+1 … follow this order.
    struct AreaEntry
    {
        QWidget *page;
        QStyle::StandardPixmap icon;
        QString name;
        QString menuText; // with its mnemonic
        QString toolTip;
    };
    const AreaEntry entries[] = {
        {m_estatePage, QStyle::SP_DirHomeIcon, tr("Estate"), tr("&Estate"),
         tr("Sites, environments and integrations")},
        {m_changesPage, QStyle::SP_FileDialogDetailedView, tr("Changes"), tr("&Changes"),
         tr("Change requests from the control store")},
        {m_cabAgendaPage, QStyle::SP_FileDialogListView, tr("CAB agenda"), tr("CAB a&genda"),
         tr("Changes waiting for a decision, grouped by the CAB meeting that must decide them")},
        {m_calendarPage, QStyle::SP_FileDialogContentsView, tr("Calendar"), tr("C&alendar"),
         tr("Change windows against the business calendar")},
        {m_dependenciesPage, QStyle::SP_DriveNetIcon, tr("Dependencies"), tr("&Dependencies"),
         tr("The integration graph and a change's blast radius")},
        {m_contractsPage, QStyle::SP_FileDialogInfoView, tr("Contracts"), tr("C&ontracts"),
         tr("Data contracts and Odoo module drift per environment")},
        {m_environmentsPage, QStyle::SP_ComputerIcon, tr("Environments"), tr("En&vironments"),
         tr("Health of every environment: pods, databases, queues, integrations, alerts")},
        {m_rolloutsPage, QStyle::SP_MediaPlay, tr("Rollouts"), tr("&Rollouts"),
         tr("Live Kubernetes rollouts per environment: pause, resume, restart, roll back, scale")},
        {m_releasesPage, QStyle::SP_ArrowForward, tr("Releases"), tr("Re&leases"),
         tr("Releases moving through the environments, their rollback criteria live, roll back now")},
    };
    int row = 0;
    for (const AreaEntry &entry : entries) {
        ++row;
        const QString shortcut = QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + row)).toString(QKeySequence::NativeText);
        auto *item = new QListWidgetItem(style()->standardIcon(entry.icon), entry.name, m_navigation);
        item->setSizeHint(QSize(0, 40));
        item->setToolTip(tr("%1 (%2)").arg(entry.toolTip, shortcut));
        item->setData(Qt::UserRole, entry.menuText);
        m_pages->addWidget(entry.page);
    }

    // Banner shown while the files on disk are broken and the last good estate is on screen.
    m_banner->setObjectName(QStringLiteral("staleBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    const bool dark = bannerPalette.color(QPalette::Window).lightness() < 128;
    bannerPalette.setColor(QPalette::Window, dark ? QColor(0x5a, 0x4a, 0x10) : QColor(0xff, 0xf4, 0xce));
    bannerPalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xf4, 0xce) : QColor(0x4a, 0x3a, 0x00));
    m_banner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    auto *bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    bannerLayout->addWidget(bannerIcon);
    m_bannerText->setParent(m_banner);
    m_bannerText->setObjectName(QStringLiteral("staleBannerText"));
    m_bannerText->setWordWrap(true);
    bannerLayout->addWidget(m_bannerText, 1);
    auto *bannerButton = new QPushButton(tr("Show errors"), m_banner);
    bannerLayout->addWidget(bannerButton);
    m_banner->hide();

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    auto *sidebar = new QWidget(central);
    sidebar->setAutoFillBackground(true);
    sidebar->setPalette(navPalette);
    sidebar->setBackgroundRole(QPalette::Base);
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(6, 10, 6, 6);
    sidebarLayout->setSpacing(8);
    auto *brand = new QLabel(tr("Gatehouse"), sidebar);
    QFont brandFont = brand->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.3);
    brandFont.setBold(true);
    brand->setFont(brandFont);
    brand->setContentsMargins(6, 0, 0, 0);
    sidebarLayout->addWidget(brand);
    m_navigation->setParent(sidebar);
    sidebarLayout->addWidget(m_navigation, 1);
    centralLayout->addWidget(sidebar);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    centralLayout->addWidget(separator);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_banner);
    right->addWidget(m_pages, 1);
    centralLayout->addLayout(right, 1);
    setCentralWidget(central);

    m_diagnosticsDock->setObjectName(QStringLiteral("diagnosticsDock"));
    m_diagnosticsDock->setWidget(m_diagnostics);
    m_diagnosticsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    m_diagnosticsDock->hide();

    buildActions();
    buildStatusBar();

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    auto showErrors = [this] {
        m_diagnosticsDock->show();
        m_diagnosticsDock->raise();
        m_diagnostics->view()->setFocus();
    };
    connect(bannerButton, &QPushButton::clicked, this, showErrors);
    connect(m_estatePage, &EstatePage::showErrorsRequested, this, showErrors);
    connect(m_estatePage, &EstatePage::openEstateRequested, this, &MainWindow::chooseEstateFolder);
    connect(m_changesPage, &ChangesPage::settled, this, [this] {
        m_changesSettled = true;
        checkFirstFrame();
    });
    m_changesSettled = m_changesPage->hasSettled() || !m_store;
    m_rolloutsPage->setControlStore(m_store);
    m_calendarPage->setControlStore(m_store);
    // The release executors use the other areas' clients; their set is rebuilt (and the
    // executors restarted over it) once things settle after a change.
    m_releaseTargetsTimer->setSingleShot(true);
    m_releaseTargetsTimer->setInterval(1000);
    connect(m_releaseTargetsTimer, &QTimer::timeout, this, &MainWindow::updateReleaseTargets);
    // The Environments cards' pods line comes from the live Kubernetes data.
    connect(m_rolloutsPage, &RolloutsPage::workloadSummaryChanged, m_environmentsPage,
            &EnvironmentsPage::setWorkloadSummary);
    // The change picked in the Changes list is the one whose blast radius the graph shows.
    // A change created a moment ago may not be in the graph's picker yet: it is shown as
    // soon as the next refresh brings it.
    connect(m_changesPage, &ChangesPage::currentChangeChanged, m_dependenciesPage, [this](qint64 id) {
        m_pendingGraphChange = m_dependenciesPage->showChange(id) ? 0 : id;
    });
    connect(m_calendarPage, &CalendarPage::rescheduleRequested, this, &MainWindow::reschedule);
    // The gates other areas own — calendar window, contracts, drift, backups, alerts,
    // health — for the Changes area, the CAB agenda and the release executors alike.
    m_gateSources->setConflictChecker([calendar = QPointer<CalendarPage>(m_calendarPage)] {
        return calendar ? calendar->conflictChecker() : nullptr;
    });
    m_gateSources->setHealth(m_environmentsPage->overviewModel());
    m_gateSources->setContractChecker(new Services::ContractChecker(m_gateSources));
    m_gateSources->setDriftChecker(new Services::ModuleDriftChecker(m_gateSources));
    const Models::GateSource gates = [sources = QPointer<GateSources>(m_gateSources)](
                                         const Models::ChangeRequest &change, const Models::ChangeScope &scope,
                                         const QString &environment, const QStringList &names) {
        return sources ? sources->collect(change, scope, environment, names) : QFuture<QList<Models::GateResult>>();
    };
    m_changesPage->detail()->setGateSource(gates);
    m_cabAgendaPage->detail()->setGateSource(gates);
    const auto calendar = [page = QPointer<CalendarPage>(m_calendarPage)] {
        return page ? page->conflictChecker() : nullptr;
    };
    m_changesPage->detail()->setCalendar(calendar);
    m_cabAgendaPage->detail()->setCalendar(calendar);
    m_releasesPage->setGateSource(gates);
    connect(m_contractsPage->contractsPanel(), &ContractsPanel::contractStatusChanged, m_dependenciesPage,
            &DependenciesPage::setContractStatus);
    connect(m_environmentsPage, &EnvironmentsPage::integrationHealthChanged, m_dependenciesPage,
            [this](const QHash<QString, double> &health) {
                m_dependenciesPage->setHealth(health, QDateTime::currentDateTimeUtc());
            });

    if (m_watcher) {
        connect(m_watcher, &EstateWatcher::estateLoaded, this, &MainWindow::onEstateLoaded);
        connect(m_watcher, &EstateWatcher::estateRejected, this, &MainWindow::onEstateRejected);
        connect(m_watcher, &EstateWatcher::loadingChanged, this, &MainWindow::onLoadingChanged);
    }
    if (m_store) {
        connect(m_store, &ControlStore::connectionStateChanged, this,
                [this](ControlStore::ConnectionState state, const QString &detail) {
                    onConnectionStateChanged(int(state), detail);
                });
        onConnectionStateChanged(int(m_store->connectionState()), {});
        connect(m_store, &ControlStore::changesChanged, this, &MainWindow::refreshChangeViews);
    }
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_diagnosticsDock->hide(); // shown again when there is something to show

    // No estate configured: the empty state is the settled first frame.
    m_estateSettled = true;
    updateEstateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setSecretStore(Services::SecretStore *secrets)
{
    m_secrets = secrets;
    m_environmentsPage->setSecretStore(secrets);
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("&Open estate…"), this,
                                    &MainWindow::chooseEstateFolder);
    open->setShortcut(QKeySequence::Open);
    m_reloadAction = file->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Reload estate"), this,
                                     &MainWindow::reloadEstate);
    m_reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *change = menuBar()->addMenu(tr("&Change"));
    m_newChangeAction = change->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New change…"), this, [this] {
        showArea(Area::Changes);
        m_changesPage->newChange();
    });
    m_newChangeAction->setObjectName(QStringLiteral("newChangeAction"));
    m_newChangeAction->setShortcut(QKeySequence::New);
    m_newChangeAction->setEnabled(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QAction *area = view->addAction(m_navigation->item(row)->data(Qt::UserRole).toString(), this,
                                        [this, row] { showArea(Area(row)); });
        area->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }
    view->addSeparator();
    QAction *find = view->addAction(tr("&Find"), this, [this] {
        if (currentArea() == Area::Changes)
            m_changesPage->focusFilter();
        else
            m_estatePage->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *errors = m_diagnosticsDock->toggleViewAction();
    errors->setText(tr("Estate &errors panel"));
    view->addAction(errors);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Gatehouse"), this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    m_estateStatus->setObjectName(QStringLiteral("estateStatus"));
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_estateStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_estateStatus, 1);
    if (m_store) {
        // The estate's CAB policy against the one the database enforces (see syncPolicy()).
        m_policyStatus = new QLabel(this);
        m_policyStatus->setObjectName(QStringLiteral("policyStatus"));
        m_policyStatus->hide();
        statusBar()->addPermanentWidget(m_policyStatus);
        connect(m_store, &ControlStore::policyOutOfDate, this, [this](int appliedVersion, const QString &message) {
            m_policyStatus->setText(QStringLiteral("⚠ ") + tr("Policy out of date (applied: version %1)").arg(appliedVersion));
            m_policyStatus->setToolTip(message);
            m_policyStatus->show();
        });
        connect(m_store, &ControlStore::policyUpToDate, this, [this](int version) {
            m_policyStatus->setToolTip(tr("The database enforces the estate's policy (version %1).").arg(version));
            m_policyStatus->hide();
        });
        m_auditChain = new AuditChainIndicator(m_store, this);
        m_auditChain->setObjectName(QStringLiteral("auditChainStatus"));
        statusBar()->addPermanentWidget(m_auditChain);
    }
    statusBar()->addPermanentWidget(m_storeStatus);
    statusBar()->addPermanentWidget(m_connectionIcon);
    statusBar()->addPermanentWidget(m_connectionStatus);
    m_storeStatus->setText(m_store ? tr("Control store: %1").arg(m_store->description()) : tr("Control store: none"));
    if (!m_store) {
        m_connectionIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
        m_connectionStatus->setText(tr("Not connected"));
    }
}

void MainWindow::openEstate(const QString &folder)
{
    const QString absolute = QDir(folder).absolutePath();
    m_folder = absolute;
    AppSettings::setLastEstateFolder(absolute);
    m_diagnostics->setBaseFolder(absolute);
    m_estateSettled = false;
    if (!m_estate)
        m_estatePage->showEmpty(EstatePage::EmptyReason::Loading, absolute);
    updateEstateStatus();
    if (m_watcher)
        m_watcher->setFolder(absolute);
}

void MainWindow::chooseEstateFolder()
{
    const QString start = m_folder.isEmpty() ? QDir::homePath() : m_folder;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open estate"), start);
    if (!folder.isEmpty())
        openEstate(folder);
}

void MainWindow::reloadEstate()
{
    if (m_watcher && !m_folder.isEmpty())
        m_watcher->reload();
}

void MainWindow::onEstateLoaded(const EstatePtr &estate, const Diagnostics &warnings)
{
    // The executors hold the Kubernetes and Prometheus clients the pages are about to replace.
    m_releaseTargetsTimer->stop();
    m_releasesPage->setExecutorEnvironments({});
    m_estate = estate;
    // Built once per snapshot so selecting an integration only walks the graph.
    m_analysis = estate ? std::make_shared<const ImpactAnalysis>(estate) : nullptr;
    m_rejectedErrors = 0;
    m_estatePage->setEstate(estate, m_analysis);
    m_changesPage->setEstate(estate, m_analysis);
    m_cabAgendaPage->setEstate(estate, m_analysis);
    m_calendarPage->setEstate(estate);
    m_dependenciesPage->setEstate(estate);
    m_contractsPage->setEstate(estate);
    m_environmentsPage->setEstate(estate);
    m_rolloutsPage->setEstate(estate);
    m_releasesPage->setEstate(estate);
    m_gateSources->setEstate(estate);
    if (estate) {
        for (const Environment &environment : estate->environments) {
            if (RolloutEnvironment *rollout = m_rolloutsPage->environment(environment.name))
                connect(rollout, &RolloutEnvironment::clientChanged, m_releaseTargetsTimer, qOverload<>(&QTimer::start));
        }
    }
    resolveOdooPasswords();
    m_releaseTargetsTimer->start();
    syncPolicy();
    m_newChangeAction->setEnabled(estate != nullptr && m_store != nullptr);
    m_banner->hide();
    showDiagnostics(warnings, false);
    if (warnings.isEmpty())
        m_diagnosticsDock->hide();
    updateEstateStatus();
    Q_EMIT estateShown();
    if (!m_estateSettled) {
        m_estateSettled = true;
        checkFirstFrame();
    }
}

void MainWindow::onEstateRejected(const Diagnostics &errors)
{
    m_rejectedErrors = 0;
    for (const Diagnostic &d : errors)
        m_rejectedErrors += d.severity == Diagnostic::Severity::Error ? 1 : 0;
    m_rejectedErrors = qMax(1, m_rejectedErrors);
    showDiagnostics(errors, true);
    if (m_estate) {
        m_bannerText->setText(plural(tr("The estate files have %n error(s). The estate on screen is the last good "
                                        "one; it will update as soon as the files are valid again.",
                                        nullptr, m_rejectedErrors),
                                     m_rejectedErrors));
        m_banner->show();
    } else {
        m_estatePage->showEmpty(EstatePage::EmptyReason::Invalid, m_folder);
    }
    updateEstateStatus();
    if (!m_estateSettled) {
        m_estateSettled = true;
        checkFirstFrame();
    }
}

void MainWindow::onLoadingChanged(bool loading)
{
    m_loading = loading;
    m_reloadAction->setEnabled(!loading);
    updateEstateStatus();
}

void MainWindow::showDiagnostics(const Diagnostics &diagnostics, bool raise)
{
    m_diagnostics->setDiagnostics(diagnostics);
    if (raise && !diagnostics.isEmpty()) {
        m_diagnosticsDock->show();
        m_diagnosticsDock->raise();
    }
}

bool MainWindow::isShowingLastGoodEstate() const
{
    return m_estate && m_rejectedErrors > 0;
}

void MainWindow::updateEstateStatus()
{
    QString text;
    if (m_folder.isEmpty()) {
        text = tr("No estate open");
    } else {
        const QString name = m_estate ? (m_estate->displayName.isEmpty() ? m_estate->name : m_estate->displayName)
                                      : QFileInfo(m_folder).fileName();
        text = tr("Estate: %1 — %2").arg(name, QDir::toNativeSeparators(m_folder));
        if (m_loading)
            text += QStringLiteral("  ") + tr("(loading…)");
        else if (isShowingLastGoodEstate())
            text += QStringLiteral("  ") + tr("(last good version; files have errors)");
        else if (!m_estate && m_rejectedErrors > 0)
            text += QStringLiteral("  ") + tr("(has errors)");
    }
    m_estateStatus->setText(text);
    m_estateStatus->setToolTip(text);
    setWindowTitle(
        m_estate ? tr("%1 — Gatehouse").arg(m_estate->displayName.isEmpty() ? m_estate->name : m_estate->displayName)
                 : tr("Gatehouse"));
}

void MainWindow::onConnectionStateChanged(int stateValue, const QString &detail)
{
    const auto state = ControlStore::ConnectionState(stateValue);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString text;
    switch (state) {
    case ControlStore::ConnectionState::Disconnected:
        icon = QStyle::SP_MessageBoxWarning;
        text = tr("Disconnected");
        break;
    case ControlStore::ConnectionState::Starting:
        icon = QStyle::SP_BrowserReload;
        text = tr("Starting the embedded database…");
        break;
    case ControlStore::ConnectionState::Connecting:
        icon = QStyle::SP_BrowserReload;
        text = tr("Connecting…");
        break;
    case ControlStore::ConnectionState::Connected:
        icon = QStyle::SP_DialogApplyButton;
        text = tr("Connected");
        break;
    case ControlStore::ConnectionState::Reconnecting:
        icon = QStyle::SP_BrowserReload;
        text = detail.isEmpty() ? tr("Reconnecting…") : tr("Reconnecting… (%1)").arg(detail);
        break;
    case ControlStore::ConnectionState::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        text = detail.isEmpty() ? tr("Not connected") : tr("Not connected: %1").arg(detail);
        break;
    }
    m_connectionIcon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    m_connectionStatus->setText(text);
    m_connectionStatus->setToolTip(detail);
    m_storeStatus->setText(tr("Control store: %1").arg(m_store->description()));
    m_newChangeAction->setEnabled(m_estate != nullptr);
    if (state == ControlStore::ConnectionState::Connected) {
        m_rolloutsPage->setControlStore(m_store); // learns who is logged in, for the audit record
        syncPolicy();
        refreshChangeViews();
    }
}

void MainWindow::refreshChangeViews()
{
    if (!m_store)
        return;
    // The Changes page keeps its own list; the calendar and the graph get the same
    // changes from one query per notification.
    whenFinished(m_store->listChanges(), this, [this](const Result<QList<ChangeRequest>> &changes) {
        if (!changes)
            return;
        m_calendarPage->setChanges(*changes);
        m_environmentsPage->setChanges(*changes);
        m_dependenciesPage->setChanges(*changes);
        if (m_pendingGraphChange != 0 && m_dependenciesPage->showChange(m_pendingGraphChange))
            m_pendingGraphChange = 0;
    });
}

void MainWindow::syncPolicy()
{
    // An admin's Gatehouse applies the estate's policy as a new audited version (the same
    // document again changes nothing); anyone else is told when it differs.
    if (!m_store || !m_estate || m_store->connectionState() != ControlStore::ConnectionState::Connected)
        return;
    whenFinished(m_store->syncPolicy(ControlStore::policyDocument(*m_estate)), this,
                 [this](const Result<Services::PolicySync> &synced) {
                     if (!synced)
                         statusBar()->showMessage(tr("The estate's policy could not be compared with the database's: %1")
                                                      .arg(synced.error().message),
                                                  10000);
                 });
}

void MainWindow::resolveOdooPasswords()
{
    m_odooPasswords.clear();
    if (!m_estate || !m_secrets)
        return;
    const auto resolver = Services::OdooDatabaseTarget::keychainResolver(m_secrets);
    for (const Environment &environment : m_estate->environments) {
        if (environment.odooDatabase.host.isEmpty() || environment.odooDatabase.passwordRef.isEmpty())
            continue;
        const QString name = environment.name;
        const EstatePtr estate = m_estate;
        whenFinished(Services::OdooDatabaseTarget::resolve(environment, resolver, std::chrono::seconds(5)), this,
                     [this, name, estate](const Result<Services::OdooCatalog::Target> &target) {
                         if (estate != m_estate || !target || target->password.isEmpty())
                             return;
                         m_odooPasswords.insert(name, target->password);
                         m_releaseTargetsTimer->start();
                     });
    }
}

void MainWindow::updateReleaseTargets()
{
    QList<Services::ReleaseEnvironment> targets;
    if (m_estate) {
        for (const Environment &environment : m_estate->environments) {
            Services::ReleaseEnvironment target;
            target.name = environment.name;
            if (RolloutEnvironment *rollout = m_rolloutsPage->environment(environment.name)) {
                target.kube = rollout->client();
                target.actions = rollout->actions();
            }
            target.prometheus = m_environmentsPage->poller()->prometheusFor(environment.name);
            target.alertmanager = m_environmentsPage->poller()->alertmanagerFor(environment.name);
            const DatabaseEndpoint &db = environment.odooDatabase;
            if (!db.host.isEmpty()) {
                // Restore points need a writable session; the password stays in memory only.
                target.odooConninfo = QStringLiteral("host=") + Services::PgConnInfo::quoteValue(db.host)
                    + QStringLiteral(" port=") + QString::number(db.port) + QStringLiteral(" dbname=")
                    + Services::PgConnInfo::quoteValue(db.name)
                    + (db.user.isEmpty() ? QString() : QStringLiteral(" user=") + Services::PgConnInfo::quoteValue(db.user))
                    + (db.sslMode.isEmpty() ? QString()
                                            : QStringLiteral(" sslmode=") + Services::PgConnInfo::quoteValue(db.sslMode))
                    + QStringLiteral(" connect_timeout=5 application_name='gatehouse-release'");
                target.odooPassword = m_odooPasswords.value(environment.name);
            }
            if (target.kube && target.actions && target.prometheus)
                targets.append(target);
        }
    }
    m_releasesPage->setExecutorEnvironments(targets);
}

void MainWindow::reschedule(qint64 changeId, const QDateTime &start, const QDateTime &end)
{
    if (!m_store)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reschedule change"),
                                                 tr("Why is change #%1 moving to the new window?").arg(changeId),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    whenFinished(m_store->reschedule(changeId, start, end, QString::fromLatin1(QTimeZone::systemTimeZoneId()), reason), this,
                 [this, changeId](const Result<ChangeRequest> &saved) {
                     if (!saved) {
                         QMessageBox::warning(this, tr("Reschedule change"),
                                              tr("Change #%1 was not rescheduled: %2")
                                                  .arg(changeId)
                                                  .arg(saved.error().message));
                         return;
                     }
                     statusBar()->showMessage(tr("Change #%1 rescheduled.").arg(changeId), 5000);
                     refreshChangeViews();
                 });
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(int(area));
}

MainWindow::Area MainWindow::currentArea() const
{
    return Area(qMax(0, m_pages->currentIndex()));
}

void MainWindow::checkFirstFrame()
{
    if (m_firstFrameDone || m_firstFrameArmed || !m_estateSettled || !m_changesSettled)
        return;
    m_firstFrameArmed = true;
    update(); // the next paint of the whole window is the first complete frame
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::event(QEvent *event)
{
    const bool result = QMainWindow::event(event);
    // Children paint and the backing store flushes within the same sync;
    // a zero timer runs after that.
    if (event->type() == QEvent::Paint && !m_firstPaintDone) {
        m_firstPaintDone = true;
        QTimer::singleShot(0, this, &MainWindow::firstFrameShown);
    }
    if (event->type() == QEvent::Paint && m_firstFrameArmed && !m_firstFrameDone) {
        m_firstFrameDone = true;
        m_firstFrameArmed = false;
        QTimer::singleShot(0, this, &MainWindow::contentShown);
    }
    return result;
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Gatehouse"),
                       tr("<h3>Gatehouse %1</h3><p>Release control-center for Odoo-based distribution "
                          "businesses: plan, approve and watch releases in terms of the orders, stock moves "
                          "and partner integrations they affect.</p>")
                           .arg(QStringLiteral(GATEHOUSE_VERSION)));
}

} // namespace Gatehouse::Ui
