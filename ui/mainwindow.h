#pragma once

#include "models/diagnostic.h"
#include "models/estate.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace Gatehouse::Models {
class ImpactAnalysis;
}
namespace Gatehouse::Services {
class ControlStore;
class EstateWatcher;
class SecretStore;
} // namespace Gatehouse::Services

namespace Gatehouse::Ui {

class AuditChainIndicator;
class CabAgendaPage;
class CalendarPage;
class ChangesPage;
class ContractsPage;
class DependenciesPage;
class DiagnosticsPanel;
class EnvironmentsPage;
class EstatePage;
class GateSources;
class ReleasesPage;
class RolloutsPage;

/// Gatehouse's main window: navigation between the areas (Estate, Changes,
/// CAB agenda, Calendar, Dependencies, Contracts, Environments, Rollouts, Releases),
/// the estate errors panel, and a status bar naming the estate, the control
/// store and its connection state. It does no I/O itself: estates arrive from
/// the EstateWatcher (parsed on its worker) and change requests from the
/// ControlStore (futures continued on this thread). The services are owned
/// by the caller and must outlive the window. UI thread only.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// In navigation order; Ctrl+1 … Ctrl+9.
    enum class Area { Estate, Changes, CabAgenda, Calendar, Dependencies, Contracts, Environments, Rollouts, Releases };

    MainWindow(Services::EstateWatcher *watcher, Services::ControlStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Used by the settings dialog to keep the server password; may be null.
    void setSecretStore(Services::SecretStore *secrets);

    /// Loads the estate in `folder` (and remembers it as the last estate).
    void openEstate(const QString &folder);
    /// Whether a folder is being watched (else the Estate area offers to open one).
    bool hasEstateFolder() const { return !m_folder.isEmpty(); }

    void showArea(Area area);
    Area currentArea() const;

    Models::EstatePtr estate() const { return m_estate; }
    /// True while the estate on screen is older than the (broken) files on disk.
    bool isShowingLastGoodEstate() const;

    EstatePage *estatePage() const { return m_estatePage; }
    ChangesPage *changesPage() const { return m_changesPage; }
    CabAgendaPage *cabAgendaPage() const { return m_cabAgendaPage; }
    CalendarPage *calendarPage() const { return m_calendarPage; }
    DependenciesPage *dependenciesPage() const { return m_dependenciesPage; }
    ContractsPage *contractsPage() const { return m_contractsPage; }
    EnvironmentsPage *environmentsPage() const { return m_environmentsPage; }
    RolloutsPage *rolloutsPage() const { return m_rolloutsPage; }
    ReleasesPage *releasesPage() const { return m_releasesPage; }
    AuditChainIndicator *auditChainIndicator() const { return m_auditChain; }
    DiagnosticsPanel *diagnosticsPanel() const { return m_diagnostics; }
    QDockWidget *diagnosticsDock() const { return m_diagnosticsDock; }

Q_SIGNALS:
    /// The window's first frame was painted (whatever was still loading shows its
    /// progress state): what a user sees first.
    void firstFrameShown();
    /// The first frame with the estate settled (loaded, rejected or none configured)
    /// and the change list settled (loaded or the store failed) was painted.
    void contentShown();
    /// A new estate is on screen.
    void estateShown();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildStatusBar();
    void chooseEstateFolder();
    void reloadEstate();
    void onEstateLoaded(const Models::EstatePtr &estate, const Models::Diagnostics &warnings);
    void onEstateRejected(const Models::Diagnostics &errors);
    void onLoadingChanged(bool loading);
    void onConnectionStateChanged(int state, const QString &detail);
    void updateEstateStatus();
    void showDiagnostics(const Models::Diagnostics &diagnostics, bool raise);
    void checkFirstFrame();
    void refreshChangeViews();
    void updateReleaseTargets();
    void syncPolicy();
    void resolveOdooPasswords();
    void reschedule(qint64 changeId, const QDateTime &start, const QDateTime &end);
    bool m_firstPaintDone = false;
    void openSettings();
    void showAbout();

    Services::EstateWatcher *m_watcher;
    Services::ControlStore *m_store;
    Services::SecretStore *m_secrets = nullptr;

    QString m_folder;
    Models::EstatePtr m_estate;
    std::shared_ptr<const Models::ImpactAnalysis> m_analysis;
    int m_rejectedErrors = 0;
    bool m_loading = false;

    bool m_estateSettled = false;
    bool m_changesSettled = false;
    bool m_firstFrameArmed = false;
    bool m_firstFrameDone = false;

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QFrame *m_banner;
    QLabel *m_bannerText;
    EstatePage *m_estatePage;
    ChangesPage *m_changesPage;
    CabAgendaPage *m_cabAgendaPage;
    CalendarPage *m_calendarPage;
    DependenciesPage *m_dependenciesPage;
    ContractsPage *m_contractsPage;
    EnvironmentsPage *m_environmentsPage;
    RolloutsPage *m_rolloutsPage;
    ReleasesPage *m_releasesPage;
    GateSources *m_gateSources;
    QTimer *m_releaseTargetsTimer;
    qint64 m_pendingGraphChange = 0; ///< picked in the Changes list, not yet in the graph's picker
    QHash<QString, QString> m_odooPasswords; ///< per environment, for restore points; memory only
    DiagnosticsPanel *m_diagnostics;
    QDockWidget *m_diagnosticsDock;

    QLabel *m_estateStatus;
    QLabel *m_storeStatus;
    QLabel *m_connectionIcon;
    QLabel *m_connectionStatus;
    AuditChainIndicator *m_auditChain = nullptr;
    QLabel *m_policyStatus = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_newChangeAction = nullptr;
};

} // namespace Gatehouse::Ui
