// The main window offscreen, against a private PostgreSQL and the demo estate:
// what a release manager sees and does in the Estate and Changes areas.

#include "../integration/postgresfixture.h"

#include "models/changerequestmodel.h"
#include "models/diagnosticmodel.h"
#include "models/impactmodel.h"
#include "models/integrationmodel.h"
#include "services/controlstore.h"
#include "services/estatewatcher.h"
#include "ui/appsettings.h"
#include "ui/changespage.h"
#include "ui/dependenciespage.h"
#include "ui/diagnosticspanel.h"
#include "ui/environmentdetailpane.h"
#include "ui/estatepage.h"
#include "ui/integrationdetailpane.h"
#include "ui/mainwindow.h"
#include "ui/newchangedialog.h"
#include "ui/settingsdialog.h"
#include "ui/sitedetailpane.h"
#include "ui/sourceviewer.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <iterator>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <QTreeWidget>

using namespace Gatehouse;
using Services::ControlStore;

namespace {

const QString kDemoEstate = QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate");

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

QStringList column(const QAbstractItemModel *model, int role, const QModelIndex &parent = {}, int col = 0)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(parent); ++row)
        values.append(model->index(row, col, parent).data(role).toString());
    return values;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void estateLoadsWithItsAreas();
    void filterFindsEdiGatewayAndShowsImpact();
    void siteShowsCyclesAndEnvironmentShowsWorkloads();
    void newChangeIsStoredAndListed();
    void newChangeDialogValidates();
    void brokenEstateKeepsLastGoodAndJumpsToError();
    void emptyStateOffersToOpenAnEstate();
    void settingsNeverHoldAPassword_data();
    void settingsNeverHoldAPassword();

private:
    std::unique_ptr<Ui::MainWindow> openDemo(Services::EstateWatcher &watcher, const QString &folder = kDemoEstate);

    Tests::PostgresFixture m_postgres;
    ControlStore m_store;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(kDemoEstate + QStringLiteral("/estate.yaml")).exists(), "demo estate missing");
    QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
    QVERIFY(m_postgres.createDatabase(QStringLiteral("gatehouse_gui")));
    Services::ControlStoreSettings settings;
    settings.url = m_postgres.url(QStringLiteral("gatehouse_gui"));
    m_store.open(settings);
    QTRY_VERIFY_WITH_TIMEOUT(m_store.connectionState() == ControlStore::ConnectionState::Connected, 30000);
}

void TestMainWindow::cleanupTestCase()
{
    m_store.close();
}

std::unique_ptr<Ui::MainWindow> TestMainWindow::openDemo(Services::EstateWatcher &watcher, const QString &folder)
{
    auto window = std::make_unique<Ui::MainWindow>(&watcher, &m_store);
    window->diagnosticsPanel()->setOpenExternally(false);
    QSignalSpy shown(window.get(), &Ui::MainWindow::estateShown);
    window->openEstate(folder);
    window->show();
    if (!shown.wait(15000))
        return nullptr;
    return window;
}

void TestMainWindow::estateLoadsWithItsAreas()
{
    Services::EstateWatcher watcher;
    auto window = openDemo(watcher);
    QVERIFY(window);
    QVERIFY(window->estate());
    QCOMPARE(window->currentArea(), Ui::MainWindow::Area::Estate);
    QVERIFY(window->estatePage()->integrationsView()->model()->rowCount() >= 15);
    QVERIFY(!window->isShowingLastGoodEstate());

    auto *status = window->findChild<QLabel *>(QStringLiteral("estateStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QDir(kDemoEstate).absolutePath()), qPrintable(status->text()));
    auto *connection = window->findChild<QLabel *>(QStringLiteral("connectionStatus"));
    QVERIFY(connection);
    QCOMPARE(connection->text(), QStringLiteral("Connected"));

    // The navigation offers exactly the working areas, in order, and Ctrl+N switches to the Nth.
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    const QStringList areas{QStringLiteral("Estate"),       QStringLiteral("Changes"),   QStringLiteral("CAB agenda"),
                            QStringLiteral("Calendar"),     QStringLiteral("Dependencies"), QStringLiteral("Contracts"),
                            QStringLiteral("Environments"), QStringLiteral("Rollouts"),     QStringLiteral("Releases")};
    QCOMPARE(navigation->count(), areas.size());
    for (int i = 0; i < areas.size(); ++i)
        QCOMPARE(navigation->item(i)->text(), areas.at(i));
    const Qt::Key keys[] = {Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9, Qt::Key_1};
    const Ui::MainWindow::Area expected[] = {
        Ui::MainWindow::Area::Changes,   Ui::MainWindow::Area::CabAgenda,    Ui::MainWindow::Area::Calendar,
        Ui::MainWindow::Area::Dependencies, Ui::MainWindow::Area::Contracts, Ui::MainWindow::Area::Environments,
        Ui::MainWindow::Area::Rollouts,  Ui::MainWindow::Area::Releases,     Ui::MainWindow::Area::Estate};
    static_assert(std::size(keys) == std::size(expected));
    for (size_t i = 0; i < std::size(keys); ++i) {
        QTest::keyClick(window.get(), keys[i], Qt::ControlModifier);
        QCOMPARE(window->currentArea(), expected[i]);
        QCOMPARE(navigation->currentRow(), int(expected[i]));
    }
}

void TestMainWindow::filterFindsEdiGatewayAndShowsImpact()
{
    Services::EstateWatcher watcher;
    auto window = openDemo(watcher);
    QVERIFY(window);
    Ui::EstatePage *page = window->estatePage();
    QTableView *view = page->integrationsView();
    const int all = view->model()->rowCount();

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page->searchField()->hasFocus());
    QTest::keyClicks(page->searchField(), QStringLiteral("edi"));
    const QStringList names = column(view->model(), Models::IntegrationModel::NameRole);
    QVERIFY2(names.contains(QStringLiteral("edi-gateway")), qPrintable(names.join(QLatin1Char(','))));
    QVERIFY(view->model()->rowCount() < all);

    view->setCurrentIndex(view->model()->index(int(names.indexOf(QStringLiteral("edi-gateway"))), 0));
    Ui::IntegrationDetailPane *detail = page->detailPane();
    QCOMPARE(detail->integrationName(), QStringLiteral("edi-gateway"));
    auto *title = detail->findChild<QLabel *>(QStringLiteral("integrationTitle"));
    QVERIFY(title && !title->text().isEmpty());

    // The impact tree lists other integrations and the dependency path to each.
    const Models::ImpactModel *impact = detail->impactModel();
    const QModelIndex integrations = impact->categoryIndex(Models::ImpactModel::IntegrationsCategory);
    QVERIFY(impact->rowCount(integrations) > 1);
    const QStringList paths = column(impact, Qt::DisplayRole, integrations, Models::ImpactModel::PathColumn);
    const QStringList effects = column(impact, Qt::DisplayRole, integrations, Models::ImpactModel::EffectColumn);
    bool hasPath = false;
    for (const QString &p : paths)
        hasPath = hasPath || (p.contains(QStringLiteral("→")) && p.startsWith(QStringLiteral("edi-gateway")));
    QVERIFY2(hasPath, qPrintable(paths.join(QLatin1Char('\n'))));
    // The effect is written out, not only coloured.
    for (const QString &e : effects)
        QVERIFY2(e == QStringLiteral("fails") || e == QStringLiteral("degrades"), qPrintable(e));
    QVERIFY(detail->impactView()->isVisible());

    // Clearing the search brings every integration back.
    page->searchField()->clear();
    QCOMPARE(view->model()->rowCount(), all);
}

void TestMainWindow::siteShowsCyclesAndEnvironmentShowsWorkloads()
{
    // A copy of the demo estate whose Prometheus URL carries a user and password:
    // the environment pane must show the URL without it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyFolder(kDemoEstate, dir.path()));
    QFile envFile(dir.filePath(QStringLiteral("environments/production-eu.yaml")));
    QVERIFY(envFile.open(QIODevice::ReadOnly));
    QString yaml = QString::fromUtf8(envFile.readAll());
    envFile.close();
    QVERIFY(yaml.contains(QStringLiteral("http://127.0.0.1:9090")));
    yaml.replace(QStringLiteral("http://127.0.0.1:9090"), QStringLiteral("http://metrics:s3cr3t-pw@127.0.0.1:9090"));
    QVERIFY(envFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    envFile.write(yaml.toUtf8());
    envFile.close();

    Services::EstateWatcher watcher;
    auto window = openDemo(watcher, dir.path());
    QVERIFY(window);
    Ui::EstatePage *page = window->estatePage();

    // Sites: Chicago's wave-picking cycles, when they run, in Chicago time, impact in words.
    page->tabs()->setCurrentIndex(1);
    QVERIFY(page->selectSite(QStringLiteral("chicago")));
    auto *site = window->findChild<Ui::SiteDetailPane *>(QStringLiteral("siteDetail"));
    QVERIFY(site);
    QCOMPARE(site->siteName(), QStringLiteral("chicago"));
    auto *cycles = site->findChild<QTableView *>(QStringLiteral("siteCycles"));
    QVERIFY(cycles && cycles->isVisible());
    QAbstractItemModel *cycleModel = cycles->model();
    QCOMPARE(cycleModel->rowCount(), 8);
    const QStringList cycleNames = column(cycleModel, Qt::DisplayRole, {}, Ui::SiteDetailPane::NameColumn);
    const QStringList kinds = column(cycleModel, Qt::DisplayRole, {}, Ui::SiteDetailPane::KindColumn);
    const QStringList impacts = column(cycleModel, Qt::DisplayRole, {}, Ui::SiteDetailPane::ImpactColumn);
    const QStringList whens = column(cycleModel, Qt::DisplayRole, {}, Ui::SiteDetailPane::WhenColumn);
    int waves = 0;
    for (int r = 0; r < cycleModel->rowCount(); ++r)
        if (kinds[r] == QStringLiteral("Wave picking") && whens[r].contains(QStringLiteral("America/Chicago")))
            ++waves;
    QCOMPARE(waves, 3);
    const int early = int(cycleNames.indexOf(QStringLiteral("early-wave")));
    QVERIFY(early >= 0);
    const QLocale locale;
    QCOMPARE(whens[early],
             locale.dayName(1, QLocale::ShortFormat) + QStringLiteral("–") + locale.dayName(5, QLocale::ShortFormat)
                 + QStringLiteral(" 05:30–08:30 America/Chicago"));
    QCOMPARE(impacts[early], QStringLiteral("High"));
    // A rule beyond plain weekdays is shown as written.
    const int count = int(cycleNames.indexOf(QStringLiteral("quarterly-wall-to-wall-count")));
    QVERIFY(count >= 0);
    QVERIFY2(whens[count].contains(QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1SA")), qPrintable(whens[count]));
    auto *siteFacts = site->findChild<QLabel *>(QStringLiteral("siteFacts"));
    QVERIFY(siteFacts);
    QVERIFY2(siteFacts->text().contains(QStringLiteral("America/Chicago — now")), qPrintable(siteFacts->text()));

    // Environments: production-eu's workloads with their replica counts.
    page->tabs()->setCurrentIndex(2);
    QVERIFY(page->selectEnvironment(QStringLiteral("production-eu")));
    auto *env = window->findChild<Ui::EnvironmentDetailPane *>(QStringLiteral("environmentDetail"));
    QVERIFY(env);
    QCOMPARE(env->environmentName(), QStringLiteral("production-eu"));
    auto *workloads = env->findChild<QTableView *>(QStringLiteral("environmentWorkloads"));
    QVERIFY(workloads && workloads->isVisible());
    QAbstractItemModel *workloadModel = workloads->model();
    const QStringList workloadNames = column(workloadModel, Qt::DisplayRole, {}, Ui::EnvironmentDetailPane::NameColumn);
    const int web = int(workloadNames.indexOf(QStringLiteral("odoo-web")));
    QVERIFY2(web >= 0, qPrintable(workloadNames.join(QLatin1Char(','))));
    QCOMPARE(workloadModel->index(web, Ui::EnvironmentDetailPane::ReplicasColumn).data().toString(),
             QStringLiteral("6"));
    QVERIFY(workloadModel->index(web, Ui::EnvironmentDetailPane::IntegrationsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("odoo-stock")));

    // Everything the pane shows, as a user reads it: the keychain reference, never a password.
    QString shown;
    const auto labels = env->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        shown += QTextDocumentFragment::fromHtml(label->text()).toPlainText() + QLatin1Char('\n');
    for (int r = 0; r < workloadModel->rowCount(); ++r)
        for (int c = 0; c < workloadModel->columnCount(); ++c)
            shown += workloadModel->index(r, c).data().toString() + QLatin1Char('\n');
    QVERIFY2(shown.contains(QStringLiteral("keychain:gatehouse/prod-eu-odoo")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("127.0.0.1:55432")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("http://127.0.0.1:9090")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("s3cr3t")), qPrintable(shown));
    QVERIFY2(!shown.contains(QRegularExpression(QStringLiteral("(password|passwd|pwd)\\s*[:=]"),
                                                QRegularExpression::CaseInsensitiveOption)),
             qPrintable(shown));
    QVERIFY2(!shown.contains(QRegularExpression(QStringLiteral("://[^\\s/@:]+:[^\\s/@]+@"))), qPrintable(shown));

    // Enter on a workload shows the integration it runs.
    workloads->setFocus();
    workloads->setCurrentIndex(workloadModel->index(web, 0));
    QTest::keyClick(workloads, Qt::Key_Return);
    QCOMPARE(page->tabs()->currentIndex(), 0);
    QCOMPARE(page->detailPane()->integrationName(), QStringLiteral("odoo-base"));
}

void TestMainWindow::newChangeIsStoredAndListed()
{
    Services::EstateWatcher watcher;
    auto window = openDemo(watcher);
    QVERIFY(window);
    Ui::ChangesPage *changes = window->changesPage();
    QTRY_VERIFY_WITH_TIMEOUT(changes->hasSettled(), 15000);

    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window->currentArea(), Ui::MainWindow::Area::Changes);
    auto *dialog = window->findChild<Ui::NewChangeDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    const QString title = QStringLiteral("Upgrade EDI gateway – 'quoted'; DROP TABLE x; 🚚");
    auto *titleEdit = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    // Typed as a user would; QTest types Latin-1 only, so the rest is inserted.
    QTest::keyClicks(titleEdit, QStringLiteral("Upgrade EDI gateway"));
    titleEdit->insert(title.mid(QStringLiteral("Upgrade EDI gateway").size()));
    auto *environment = dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    const int env = environment->findData(QStringLiteral("production-eu"));
    QVERIFY(env > 0);
    environment->setCurrentIndex(env);
    // The window's zone defaults to the first site of the environment.
    auto *zone = dialog->findChild<QComboBox *>(QStringLiteral("timeZoneCombo"));
    QVERIFY(!zone->currentData().toString().isEmpty());
    auto *integrations = dialog->findChild<QListWidget *>(QStringLiteral("integrationList"));
    QListWidgetItem *edi = nullptr;
    for (int i = 0; i < integrations->count(); ++i)
        if (integrations->item(i)->data(Qt::UserRole).toString() == QStringLiteral("edi-gateway"))
            edi = integrations->item(i);
    QVERIFY(edi);
    edi->setCheckState(Qt::Checked);
    QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join(QLatin1Char(' '))));
    auto *preview = dialog->findChild<QLabel *>(QStringLiteral("impactPreview"));
    QVERIFY(preview->text().contains(QStringLiteral("fail")));

    auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QSignalSpy created(dialog, &Ui::NewChangeDialog::changeCreated);
    // The dialog deletes itself once it has stored the change, possibly before the wait returns; QVERIFY2
    // reads its message whatever the outcome, so it reads it through a guard.
    const QPointer<QLabel> failure = dialog->findChild<QLabel *>(QStringLiteral("failureMessage"));
    QVERIFY(failure);
    ok->click();
    QVERIFY2(created.wait(15000), failure ? qPrintable(failure->text()) : "the dialog closed without a change");
    const auto change = created.first().first().value<Models::ChangeRequest>();
    QVERIFY(change.id > 0);
    QCOMPARE(change.title, title);

    // Listed in the Changes table (and still listed after the refresh it triggers).
    QAbstractItemModel *model = changes->view()->model();
    QTRY_VERIFY(column(model, Qt::DisplayRole, {}, Models::ChangeRequestModel::TitleColumn).contains(title));
    auto *detailTitle = changes->findChild<QLabel *>(QStringLiteral("changeTitle"));
    QTRY_VERIFY(detailTitle->text().contains(title));
    // The change picked in the list is the one whose blast radius the Dependencies area shows.
    auto *picker = window->dependenciesPage()->findChild<QComboBox *>(QStringLiteral("changePicker"));
    QVERIFY(picker);
    QTRY_COMPARE_WITH_TIMEOUT(picker->currentData().toLongLong(), change.id, 10000);
    // The filter narrows the list; clearing it restores it.
    auto *filter = changes->findChild<QLineEdit *>(QStringLiteral("changeFilter"));
    const int listed = model->rowCount();
    QTest::keyClicks(filter, QStringLiteral("no-such-change-anywhere"));
    QCOMPARE(model->rowCount(), 0);
    filter->clear();
    QCOMPARE(model->rowCount(), listed);
    // Its audit trail shows the creation.
    auto *audit = changes->findChild<QTreeWidget *>(QStringLiteral("auditList"));
    QTRY_VERIFY_WITH_TIMEOUT(audit->topLevelItemCount() > 0, 10000);
}

void TestMainWindow::newChangeDialogValidates()
{
    Services::EstateWatcher watcher;
    auto window = openDemo(watcher);
    QVERIFY(window);
    Ui::NewChangeDialog *dialog = window->changesPage()->newChange();
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog->problems().size(), 3); // title, environment, scope

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Restart workers"));
    auto *environment = dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    environment->setCurrentIndex(1);
    auto *workloads = dialog->findChild<QListWidget *>(QStringLiteral("workloadList"));
    QVERIFY(workloads->count() > 0);
    workloads->item(0)->setCheckState(Qt::Checked);
    QVERIFY(ok->isEnabled());

    // End before start: inline message, OK disabled.
    auto *start = dialog->findChild<QDateTimeEdit *>(QStringLiteral("windowStartEdit"));
    auto *end = dialog->findChild<QDateTimeEdit *>(QStringLiteral("windowEndEdit"));
    end->setDateTime(start->dateTime().addSecs(-3600));
    QVERIFY(!ok->isEnabled());
    auto *windowError = dialog->findChild<QLabel *>(QStringLiteral("windowError"));
    QVERIFY(windowError->isVisible());
    QVERIFY(windowError->text().contains(QStringLiteral("end after")));
    end->setDateTime(start->dateTime().addSecs(3600));
    QVERIFY(ok->isEnabled());
    QVERIFY(!windowError->isVisible());

    // Clearing the title disables OK again and says why.
    auto *titleEdit = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    titleEdit->selectAll();
    QTest::keyClick(titleEdit, Qt::Key_Delete);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("titleError"))->isVisible());
    dialog->reject();
}

void TestMainWindow::brokenEstateKeepsLastGoodAndJumpsToError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyFolder(kDemoEstate, dir.path()));
    Services::EstateWatcher watcher;
    watcher.setDebounceInterval(50);
    auto window = openDemo(watcher, dir.path());
    QVERIFY(window);
    const Models::EstatePtr good = window->estate();
    QVERIFY(good);

    // Break one value in one file; remember the line a person would look at.
    const QString broken = dir.filePath(QStringLiteral("integrations/bi-export.yaml"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    file.close();
    int brokenLine = 0;
    for (int i = 0; i < lines.size() && brokenLine == 0; ++i) {
        if (lines[i].trimmed().startsWith(QStringLiteral("criticality:"))) {
            lines[i] = lines[i].section(QLatin1Char(':'), 0, 0) + QStringLiteral(": catastrophic");
            brokenLine = i + 1;
        }
    }
    QVERIFY(brokenLine > 0);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join(QLatin1Char('\n')).toUtf8());
    file.close();

    // The watcher notices; the errors panel lists the error at file:line; the last good estate stays.
    Ui::DiagnosticsPanel *panel = window->diagnosticsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->errorCount() > 0, 15000);
    QCOMPARE(window->estate(), good);
    QVERIFY(window->isShowingLastGoodEstate());
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("staleBanner"))->isVisible());
    QVERIFY(window->diagnosticsDock()->isVisible());
    QVERIFY(window->estatePage()->integrationsView()->model()->rowCount() >= 15);

    const Models::DiagnosticModel *model = panel->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(Models::DiagnosticModel::FileRole).toString().endsWith(QStringLiteral("bi-export.yaml"))
            && index.data(Models::DiagnosticModel::LineRole).toInt() == brokenLine)
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(QStringLiteral("no error at bi-export.yaml:%1").arg(brokenLine)));
    const QString location = model->index(row, Models::DiagnosticModel::LocationColumn).data().toString();
    QVERIFY2(location.contains(QStringLiteral("bi-export.yaml:") + QString::number(brokenLine)), qPrintable(location));

    // Enter on the row jumps to the entry in the internal viewer, line highlighted.
    QTableView *view = panel->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    Ui::SourceViewer *viewer = panel->viewer();
    QCOMPARE(QFileInfo(viewer->currentFile()).canonicalFilePath(), QFileInfo(broken).canonicalFilePath());
    QCOMPARE(viewer->highlightedLine(), brokenLine);
    QCOMPARE(viewer->textCursor().blockNumber() + 1, brokenLine);
    QVERIFY(viewer->textCursor().block().text().contains(QStringLiteral("catastrophic")));
    QCOMPARE(viewer->extraSelections().size(), 1);

    // Fixing the file brings the banner down and a new estate up.
    QSignalSpy shown(window.get(), &Ui::MainWindow::estateShown);
    QFile source(kDemoEstate + QStringLiteral("/integrations/bi-export.yaml"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(source.readAll());
    file.close();
    QVERIFY(shown.wait(15000));
    QVERIFY(!window->isShowingLastGoodEstate());
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("staleBanner"))->isVisible());
}

void TestMainWindow::emptyStateOffersToOpenAnEstate()
{
    Services::EstateWatcher watcher;
    Ui::MainWindow window(&watcher, &m_store);
    window.show();
    QVERIFY(!window.hasEstateFolder());
    auto *button = window.findChild<QPushButton *>(QStringLiteral("openEstateButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Open estate…"));
}

void TestMainWindow::settingsNeverHoldAPassword_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("reference");
    QTest::newRow("plain") << QStringLiteral("postgresql://ops@db.example.com:5432/gatehouse")
                           << QStringLiteral("postgresql://ops@db.example.com:5432/gatehouse")
                           << QStringLiteral("keychain:gatehouse/ops@db.example.com:5432/gatehouse");
    QTest::newRow("password in URL") << QStringLiteral("postgresql://ops:hunter2@db.example.com/gatehouse")
                                     << QStringLiteral("postgresql://ops@db.example.com/gatehouse")
                                     << QStringLiteral("keychain:gatehouse/ops@db.example.com/gatehouse");
}

void TestMainWindow::settingsNeverHoldAPassword()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QFETCH(QString, reference);
    Ui::AppSettings::setDatabaseUrl(typed);
    QCOMPARE(Ui::AppSettings::databaseUrl(), stored);
    QCOMPARE(Ui::AppSettings::passwordRefForUrl(typed), reference);

    // The dialog refuses a URL with a password in it and says why.
    Ui::SettingsDialog dialog(nullptr);
    dialog.findChild<QRadioButton *>(QStringLiteral("serverRadio"))->setChecked(true);
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrlEdit"));
    url->setText(typed);
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    const bool hasPassword = typed.contains(QStringLiteral("hunter2"));
    QCOMPARE(save->isEnabled(), !hasPassword);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("settingsMessage"))->isVisibleTo(&dialog), hasPassword);
    Ui::AppSettings::setDatabaseUrl({});
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
