// Screenshots of every area of the main window on a real X server (Xvfb),
// written to <build>/screenshots/, failing when a picture is blank.

#include "../integration/kubesimfixture.h"
#include "../integration/postgresfixture.h"

#include "services/controlstore.h"
#include "models/workloadmodel.h"
#include "services/estatewatcher.h"
#include "ui/changespage.h"
#include "ui/diagnosticspanel.h"
#include "ui/estatepage.h"
#include "ui/calendarpage.h"
#include "ui/dependenciespage.h"
#include "ui/mainwindow.h"
#include "ui/newchangedialog.h"
#include "ui/rolloutspage.h"

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;

namespace {

const QString kDemoEstate = QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate");
const QString kOutput = QStringLiteral(GATEHOUSE_BINARY_DIR "/screenshots");

/// Blank = (almost) one colour, or hardly any distinct colours.
QString blankReason(const QImage &image)
{
    if (image.isNull() || image.width() < 200 || image.height() < 200)
        return QStringLiteral("image is empty or tiny");
    QHash<QRgb, int> counts;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            ++counts[img.pixel(x, y)];
    int total = 0;
    int most = 0;
    for (int c : std::as_const(counts)) {
        total += c;
        most = qMax(most, c);
    }
    if (counts.size() < 16)
        return QStringLiteral("only %1 distinct colours").arg(counts.size());
    if (most > total * 95 / 100)
        return QStringLiteral("%1% of pixels are one colour").arg(most * 100 / total);
    return {};
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void areas();

private:
    bool shoot(QWidget *widget, const QString &name);

    Tests::PostgresFixture m_postgres;
    KubeSimFixture m_sim;
    Services::ControlStore m_store;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QDir().mkpath(kOutput));
    QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
    QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
    QVERIFY(m_postgres.createDatabase(QStringLiteral("gatehouse_shots")));
    Services::ControlStoreSettings settings;
    settings.url = m_postgres.url(QStringLiteral("gatehouse_shots"));
    m_store.open(settings);
    QTRY_VERIFY_WITH_TIMEOUT(m_store.connectionState() == Services::ControlStore::ConnectionState::Connected, 30000);

    // A few changes so the Changes area shows a realistic list.
    const struct
    {
        const char *title;
        const char *environment;
        const char *integration;
        int days;
    } seed[] = {
        {"Upgrade EDI gateway to 4.2", "production-eu", "edi-gateway", 3},
        {"Carrier label API certificate rotation", "production-us", "edi-gateway", 5},
        {"Stock module patch 17.0.1.4", "staging", "edi-gateway", 1},
    };
    for (const auto &s : seed) {
        Models::ChangeRequest change;
        change.title = QString::fromUtf8(s.title);
        change.description = QStringLiteral("Seeded for the screenshot.");
        change.environment = QString::fromLatin1(s.environment);
        change.integrations = {QString::fromLatin1(s.integration)};
        change.windowTimeZone = QStringLiteral("Europe/Amsterdam");
        change.windowStart = QDateTime::currentDateTimeUtc().addDays(s.days);
        change.windowEnd = change.windowStart.addSecs(5400);
        const auto future = m_store.createChange(change);
        QVERIFY(Tests::waitFor(future));
        QVERIFY2(future.result().ok(), qPrintable(future.result().ok() ? QString() : future.result().error().message));
        // Two of them wait for the CAB, so the agenda has something to decide.
        if (s.days > 1) {
            const auto submitted = m_store.submit(future.result()->id, QStringLiteral("Ready for the CAB."));
            QVERIFY(Tests::waitFor(submitted));
            QVERIFY2(submitted.result().ok(),
                     qPrintable(submitted.result().ok() ? QString() : submitted.result().error().message));
        }
    }
}

void TestScreenshots::cleanupTestCase()
{
    m_store.close();
    m_sim.stop();
}

bool TestScreenshots::shoot(QWidget *widget, const QString &name)
{
    // Let layouts, elided texts and deferred paints settle.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage();
    const QString path = kOutput + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!image.save(path)) {
        qWarning("cannot write %s", qPrintable(path));
        return false;
    }
    const QString reason = blankReason(image);
    if (!reason.isEmpty()) {
        qWarning("%s is blank: %s", qPrintable(path), qPrintable(reason));
        return false;
    }
    return true;
}

void TestScreenshots::areas()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    Services::EstateWatcher watcher;
    Ui::MainWindow window(&watcher, &m_store);
    window.diagnosticsPanel()->setOpenExternally(false);
    window.resize(1440, 900);
    window.rolloutsPage()->setKubeConfigFiles({m_sim.kubeconfigPath()});

    // The empty state before any estate is open.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(shoot(&window, QStringLiteral("empty")));

    // A copy of the demo estate, so that the last shot can break one of its files.
    QTemporaryDir estate;
    QVERIFY(estate.isValid());
    QDirIterator files(kDemoEstate, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString from = files.next();
        const QString to = estate.path() + QLatin1Char('/') + QDir(kDemoEstate).relativeFilePath(from);
        QVERIFY(QDir().mkpath(QFileInfo(to).path()));
        QVERIFY(QFile::copy(from, to));
    }
    QSignalSpy shown(&window, &Ui::MainWindow::estateShown);
    QSignalSpy calendarReady(window.calendarPage(), &Ui::CalendarPage::ready);
    QSignalSpy graphLaidOut(window.dependenciesPage(), &Ui::DependenciesPage::layoutFinished);
    window.openEstate(estate.path());
    QVERIFY(shown.wait(15000));

    // Estate: integrations with the EDI gateway selected and its impact.
    QVERIFY(window.estatePage()->selectIntegration(QStringLiteral("edi-gateway")));
    QVERIFY(shoot(&window, QStringLiteral("estate")));
    window.estatePage()->tabs()->setCurrentIndex(1);
    QVERIFY(shoot(&window, QStringLiteral("estate-sites")));
    window.estatePage()->tabs()->setCurrentIndex(2);
    QVERIFY(shoot(&window, QStringLiteral("estate-environments")));
    window.estatePage()->tabs()->setCurrentIndex(0);

    // Changes: the list with the newest selected.
    window.showArea(Ui::MainWindow::Area::Changes);
    QTRY_VERIFY_WITH_TIMEOUT(window.changesPage()->view()->model()->rowCount() >= 3, 15000);
    QTableView *changes = window.changesPage()->view();
    changes->setCurrentIndex(changes->model()->index(0, 0));
    QTest::qWait(300); // the audit trail arrives from the store
    QVERIFY(shoot(&window, QStringLiteral("changes")));

    // The New change dialog, partly filled.
    Ui::NewChangeDialog *dialog = window.changesPage()->newChange();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Upgrade the WMS connector"));
    auto *env = dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    env->setCurrentIndex(env->findData(QStringLiteral("production-eu")));
    auto *integrations = dialog->findChild<QListWidget *>(QStringLiteral("integrationList"));
    integrations->item(integrations->count() / 2)->setCheckState(Qt::Checked);
    QVERIFY(shoot(dialog, QStringLiteral("new-change")));
    dialog->reject();

    // Calendar, Dependencies and Contracts as they open on the demo estate.
    window.showArea(Ui::MainWindow::Area::Calendar);
    QTRY_VERIFY_WITH_TIMEOUT(calendarReady.count() > 0, 60000); // expanded on a worker
    QVERIFY(shoot(&window, QStringLiteral("calendar")));
    window.showArea(Ui::MainWindow::Area::Dependencies);
    QTRY_VERIFY_WITH_TIMEOUT(graphLaidOut.count() > 0, 60000); // Graphviz runs on a worker
    QVERIFY(shoot(&window, QStringLiteral("dependencies")));
    window.showArea(Ui::MainWindow::Area::Contracts);
    QVERIFY(shoot(&window, QStringLiteral("contracts")));
    window.showArea(Ui::MainWindow::Area::Environments);
    QVERIFY(shoot(&window, QStringLiteral("environments")));
    window.showArea(Ui::MainWindow::Area::CabAgenda);
    QVERIFY(shoot(&window, QStringLiteral("cab-agenda")));
    // Rollouts: the simulator's staging workloads, live.
    window.showArea(Ui::MainWindow::Area::Rollouts);
    QVERIFY(window.rolloutsPage()->selectEnvironment(QStringLiteral("staging")));
    QTRY_VERIFY_WITH_TIMEOUT(window.rolloutsPage()->workloadModel()->rowCount() > 0, 30000);
    QVERIFY(shoot(&window, QStringLiteral("rollouts")));
    window.showArea(Ui::MainWindow::Area::Releases);
    QVERIFY(shoot(&window, QStringLiteral("releases")));

    // A broken estate: the errors panel and the stale banner, from a real reload.
    window.showArea(Ui::MainWindow::Area::Estate);
    QFile biExport(estate.path() + QStringLiteral("/integrations/bi-export.yaml"));
    QVERIFY(biExport.open(QIODevice::ReadOnly));
    QByteArray text = biExport.readAll();
    biExport.close();
    QVERIFY(text.contains("criticality: low"));
    text.replace("criticality: low", "criticality: catastrophic");
    QVERIFY(biExport.open(QIODevice::WriteOnly | QIODevice::Truncate));
    biExport.write(text);
    biExport.close();
    QSignalSpy rejected(&watcher, &Services::EstateWatcher::estateRejected);
    watcher.reload();
    QVERIFY(rejected.wait(15000));
    QVERIFY(window.isShowingLastGoodEstate());
    window.diagnosticsPanel()->activateRow(0);
    QVERIFY(shoot(&window, QStringLiteral("estate-errors")));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
