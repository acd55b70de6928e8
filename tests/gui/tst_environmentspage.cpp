// The Environments area offscreen against a real Prometheus (with backfilled history:
// known series, known answers), a real Alertmanager and a private PostgreSQL.
#include "postgresfixture.h"
#include "prometheusfixture.h"

#include "models/estate.h"
#include "services/alertmanagerclient.h"
#include "ui/alertslist.h"
#include "ui/chartpanel.h"
#include "ui/chartpanelmodel.h"
#include "ui/environmentdetailview.h"
#include "ui/environmentshealthpoller.h"
#include "ui/environmentsoverviewmodel.h"
#include "ui/environmentspage.h"
#include "ui/wallboard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTimeZone>
#include <QTest>

#include <cmath>

using namespace Gatehouse;
using Ui::ChartPanelModel;
using Ui::EnvironmentDetailView;
using Ui::EnvironmentsOverviewModel;
using Level = EnvironmentsOverviewModel::Level;
using Status = Models::SourceState::Status;

namespace {

constexpr qint64 minutes = 7 * 24 * 60 + 60; // a week and an hour of history, one sample a minute
constexpr qint64 peakIndex = minutes - 3 * 24 * 60; // three days before the end

double latency(qint64 i)
{
    return i == peakIndex ? 9.5 : 0.2 + double(i % 7) * 0.01;
}
double errorRatio(qint64 i)
{
    return double(i % 10) / 1000.0;
}
double backlog(qint64 i)
{
    return double(i % 50);
}
double replicationLag(qint64 i)
{
    return double(i % 5);
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x2a, 0x2d, 0x32));
    palette.setColor(QPalette::AlternateBase, QColor(0x31, 0x34, 0x3a));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3c));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xab));
    palette.setColor(QPalette::Mid, QColor(0x50, 0x54, 0x5b));
    palette.setColor(QPalette::Midlight, QColor(0x44, 0x47, 0x4d));
    palette.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x2d, 0x32));
    palette.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    return palette;
}

} // namespace

class TestEnvironmentsPage : public QObject
{
    Q_OBJECT

private:
    Tests::PrometheusFixture m_prometheus;
    Tests::PostgresFixture m_postgres;
    qint64 m_t0 = 0;   ///< seconds of the first sample
    qint64 m_end = 0;  ///< seconds of the last sample: the pinned "now"
    std::unique_ptr<Ui::EnvironmentsPage> m_page;
    QString m_outputDir;

    QDateTime end() const { return QDateTime::fromSecsSinceEpoch(m_end, Qt::UTC); }

    Models::EstatePtr estate(bool withSources) const
    {
        auto estate = std::make_shared<Models::Estate>();
        estate->name = QStringLiteral("test");
        Models::Environment prod;
        prod.name = QStringLiteral("prod");
        prod.displayName = QStringLiteral("Production EU");
        prod.tier = Models::Tier::Production;
        prod.sites = {QStringLiteral("chicago")};
        if (withSources) {
            prod.prometheusUrl = m_prometheus.prometheusUrl();
            prod.alertmanagerUrl = m_prometheus.alertmanagerUrl();
        }
        prod.odooDatabase.host = QStringLiteral("127.0.0.1");
        prod.odooDatabase.port = m_postgres.port();
        prod.odooDatabase.name = QStringLiteral("odoo");
        prod.odooDatabase.user = QStringLiteral("gatehouse");
        Models::Environment staging;
        staging.name = QStringLiteral("staging");
        staging.displayName = QStringLiteral("Staging");
        staging.tier = Models::Tier::Staging;
        if (withSources) {
            staging.prometheusUrl = m_prometheus.prometheusUrl();
            staging.alertmanagerUrl = m_prometheus.alertmanagerUrl();
        }
        estate->environments = {prod, staging};
        Models::Site chicago;
        chicago.name = QStringLiteral("chicago");
        chicago.timeZone = QStringLiteral("America/Chicago");
        estate->sites = {chicago};
        Models::Integration edi;
        edi.name = QStringLiteral("edi-acme");
        edi.healthQuery = QStringLiteral("gatehouse:edi_success_ratio:rate15m{partner=\"acme\"}");
        estate->integrations = {edi};
        estate->index();
        return estate;
    }

    bool waitForPoll(Ui::EnvironmentsPage &page)
    {
        QSignalSpy spy(page.poller(), &Ui::EnvironmentsHealthPoller::pollFinished);
        page.poller()->pollNow();
        return spy.wait(20000);
    }

    bool setRangeAndWait(EnvironmentDetailView::Range range)
    {
        QSignalSpy spy(m_page->detailView(), &EnvironmentDetailView::chartsUpdated);
        m_page->detailView()->setRange(range);
        return spy.wait(20000);
    }

    const ChartPanelModel::Series *series(EnvironmentDetailView::Panel panel, const QString &name) const
    {
        for (const ChartPanelModel::Series &one : m_page->detailView()->panelModel(panel)->series()) {
            if (one.name == name)
                return &one;
        }
        return nullptr;
    }

    void save(QWidget *widget, const QString &name)
    {
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(m_outputDir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_outputDir = QStringLiteral(GATEHOUSE_BINARY_DIR "/test-output/environments");
        QDir().mkpath(m_outputDir);

        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        QVERIFY(m_postgres.createDatabase(QStringLiteral("odoo")));

        // History ends ten minutes ago on a whole minute: the pinned "now" of the test.
        m_end = (QDateTime::currentSecsSinceEpoch() - 600) / 60 * 60;
        m_t0 = m_end - minutes * 60;
        QString history;
        history.reserve(int(minutes) * 4 * 120);
        auto family = [&](const QString &name, const QString &labels, qint64 from,
                          const std::function<double(qint64)> &value) {
            history += QStringLiteral("# TYPE ") + name + QStringLiteral(" gauge\n");
            for (qint64 i = from; i <= minutes; ++i)
                history += name + labels + QLatin1Char(' ') + number(value(i)) + QLatin1Char(' ')
                    + QString::number(m_t0 + i * 60) + QLatin1Char('\n');
        };
        const qint64 recent = minutes - 120;
        const QString prod = QStringLiteral("environment=\"prod\"");
        family(QStringLiteral("gatehouse:ingress_latency_seconds:p95_5m"),
               QStringLiteral("{environment=\"prod\",service=\"odoo-web\"}"), 0, latency);
        family(QStringLiteral("gatehouse:ingress_5xx_ratio:rate5m"),
               QStringLiteral("{environment=\"prod\",service=\"odoo-web\"}"), 0, errorRatio);
        family(QStringLiteral("gatehouse:queue_job_backlog:sum"), QStringLiteral("{environment=\"prod\",channel=\"root\"}"),
               0, backlog);
        family(QStringLiteral("pg_replication_lag_seconds"),
               QStringLiteral("{environment=\"prod\",instance=\"standby:9187\"}"), 0, replicationLag);
        family(QStringLiteral("odoo_queue_job_oldest_pending_age_seconds"),
               QStringLiteral("{environment=\"prod\",channel=\"root\"}"), recent, [](qint64) { return 30.0; });
        family(QStringLiteral("odoo_queue_job_oldest_started_age_seconds"),
               QStringLiteral("{environment=\"prod\",channel=\"root\"}"), recent, [](qint64) { return 10.0; });
        family(QStringLiteral("redis_up"), QStringLiteral("{environment=\"prod\",instance=\"redis:9121\"}"), recent,
               [](qint64) { return 1.0; });
        family(QStringLiteral("redis_memory_used_bytes"), QStringLiteral("{environment=\"prod\",instance=\"redis:9121\"}"),
               recent, [](qint64 i) { return 512.0 * 1024 * 1024 + double(i % 3) * 1024 * 1024; });
        family(QStringLiteral("gatehouse:redis_memory_used:ratio"),
               QStringLiteral("{environment=\"prod\",instance=\"redis:9121\"}"), recent, [](qint64) { return 0.5; });
        family(QStringLiteral("gatehouse:redis_hit_ratio:rate5m"),
               QStringLiteral("{environment=\"prod\",instance=\"redis:9121\"}"), recent, [](qint64) { return 0.95; });
        family(QStringLiteral("gatehouse:edi_success_ratio:rate15m"),
               QStringLiteral("{environment=\"prod\",partner=\"acme\"}"), recent, [](qint64) { return 0.99; });
        // The same partner in staging, much worse: must never show in prod's charts or health.
        family(QStringLiteral("gatehouse:edi_success_ratio:rate15m"),
               QStringLiteral("{environment=\"staging\",partner=\"acme\"}"), recent, [](qint64) { return 0.5; });
        family(QStringLiteral("gatehouse:carrier_label_success_ratio:rate15m"),
               QStringLiteral("{environment=\"prod\",carrier=\"dhl\"}"), recent, [](qint64) { return 0.97; });
        family(QStringLiteral("gatehouse:orders_confirmed:rate15m"), QLatin1Char('{') + prod + QLatin1Char('}'), recent,
               [](qint64) { return 2.0; });
        family(QStringLiteral("gatehouse_backup_last_success_timestamp_seconds"),
               QStringLiteral("{environment=\"prod\",database=\"odoo\"}"), recent,
               [this](qint64) { return double(m_end - 3600); });

        Tests::PrometheusFixture::Options options;
        options.history = history;
        options.withAlertmanager = true;
        QVERIFY2(m_prometheus.start(options), qPrintable(m_prometheus.errorString()));

        m_page = std::make_unique<Ui::EnvironmentsPage>();
        m_page->setPollInterval(std::chrono::milliseconds(0));
        const qint64 pinned = m_end;
        m_page->setClock([pinned] { return QDateTime::fromSecsSinceEpoch(pinned, Qt::UTC); });
        m_page->detailView()->setRefreshInterval(std::chrono::milliseconds(0));
        m_page->resize(1500, 1000);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QSignalSpy polled(m_page->poller(), &Ui::EnvironmentsHealthPoller::pollFinished);
        m_page->setEstate(estate(true));
        QVERIFY(polled.wait(20000));
    }

    void cleanupTestCase()
    {
        m_page.reset();
    }

    void overviewModelIsConsistent()
    {
        QAbstractItemModelTester tester(m_page->overviewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->overviewModel()->rowCount(), 2);
        QVERIFY(waitForPoll(*m_page));
    }

    void overviewShowsEachAspect_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("summary");
        QTest::newRow("ingress") << int(EnvironmentsOverviewModel::IngressColumn) << int(Level::Ok)
                                 << QStringLiteral("p95 %1, 5xx %2")
                                        .arg(ChartPanelModel::formatValue(latency(minutes), ChartPanelModel::Unit::Seconds),
                                             ChartPanelModel::formatValue(errorRatio(minutes), ChartPanelModel::Unit::Ratio));
        QTest::newRow("redis") << int(EnvironmentsOverviewModel::RedisColumn) << int(Level::Ok)
                               << QStringLiteral("memory 50.0 % of max, hit ratio 95.0 %");
        QTest::newRow("queues") << int(EnvironmentsOverviewModel::QueuesColumn) << int(Level::Ok)
                                << QStringLiteral("%1 waiting, oldest 30 s").arg(qint64(backlog(minutes)));
        QTest::newRow("integrations: carrier below 98 %") << int(EnvironmentsOverviewModel::IntegrationsColumn)
                                                          << int(Level::Warning)
                                                          << QStringLiteral("1 of 2 flows below 98 %, lowest 97.0 % (labels dhl)");
        QTest::newRow("backups") << int(EnvironmentsOverviewModel::BackupsColumn) << int(Level::Ok)
                                 << QStringLiteral("last good backup 60.0 min ago (RPO 26 h)");
        QTest::newRow("alerts") << int(EnvironmentsOverviewModel::AlertsColumn) << int(Level::Ok)
                                << QStringLiteral("None firing");
    }

    void overviewShowsEachAspect()
    {
        QFETCH(int, column);
        QFETCH(int, level);
        QFETCH(QString, summary);
        const EnvironmentsOverviewModel *model = m_page->overviewModel();
        const QModelIndex cell = model->index(model->rowOfEnvironment(QStringLiteral("prod")), column);
        QCOMPARE(cell.data(EnvironmentsOverviewModel::SummaryRole).toString(), summary);
        QCOMPARE(cell.data(EnvironmentsOverviewModel::LevelRole).toInt(), level);
        QCOMPARE(Status(cell.data(EnvironmentsOverviewModel::SourceStatusRole).toInt()), Status::Fresh);
        // Status in words, never by colour alone.
        QVERIFY(cell.data().toString().startsWith(EnvironmentsOverviewModel::levelText(Level(level))));
    }

    void postgresAndPodsAndMissingData()
    {
        const EnvironmentsOverviewModel *model = m_page->overviewModel();
        const int prod = model->rowOfEnvironment(QStringLiteral("prod"));
        const QModelIndex postgres = model->index(prod, EnvironmentsOverviewModel::PostgresColumn);
        QCOMPARE(Status(postgres.data(EnvironmentsOverviewModel::SourceStatusRole).toInt()), Status::Fresh);
        QVERIFY2(postgres.data(EnvironmentsOverviewModel::SummaryRole).toString().startsWith(QStringLiteral("connections ")),
                 qPrintable(postgres.data().toString()));
        // Staging has Prometheus but no series: "no data", not a failure; its database is not configured.
        const int staging = model->rowOfEnvironment(QStringLiteral("staging"));
        QCOMPARE(model->index(staging, EnvironmentsOverviewModel::IngressColumn).data(EnvironmentsOverviewModel::SummaryRole).toString(),
                 QStringLiteral("No ingress data."));
        QCOMPARE(Level(model->index(staging, EnvironmentsOverviewModel::PostgresColumn).data(EnvironmentsOverviewModel::LevelRole).toInt()),
                 Level::NotConfigured);
        // Pods come from the Kubernetes client through the page's setter.
        m_page->setWorkloadSummary(QStringLiteral("prod"), 3, 4, [] {
            Models::SourceState state;
            state.recordSuccess(QDateTime::currentDateTimeUtc());
            return state;
        }());
        const QModelIndex pods = model->index(prod, EnvironmentsOverviewModel::PodsColumn);
        QCOMPARE(Level(pods.data(EnvironmentsOverviewModel::LevelRole).toInt()), Level::Warning);
        QCOMPARE(pods.data(EnvironmentsOverviewModel::SummaryRole).toString(), QStringLiteral("3 of 4 ready"));
        QCOMPARE(Level(model->index(prod, 0).data(EnvironmentsOverviewModel::WorstLevelRole).toInt()), Level::Warning);
        QVERIFY(m_page->missingText().isEmpty());
    }

    void integrationHealthFromHealthQueries()
    {
        QCOMPARE(m_page->integrationHealth().value(QStringLiteral("edi-acme"), -1), 0.99);
    }

    void integrationPanelSelectsOnlyItsEnvironment_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<double>>("last");
        QTest::newRow("prod") << QStringLiteral("prod")
                              << QStringList{QStringLiteral("EDI acme"), QStringLiteral("Labels dhl"), QStringLiteral("edi-acme")}
                              << QList<double>{0.99, 0.97, 0.99};
        QTest::newRow("staging") << QStringLiteral("staging")
                                 << QStringList{QStringLiteral("EDI acme"), QStringLiteral("edi-acme")}
                                 << QList<double>{0.5, 0.5};
    }

    void integrationPanelSelectsOnlyItsEnvironment()
    {
        QFETCH(QString, environment);
        QFETCH(QStringList, names);
        QFETCH(QList<double>, last);
        QSignalSpy spy(m_page->detailView(), &EnvironmentDetailView::chartsUpdated);
        QVERIFY(m_page->openEnvironment(environment));
        QVERIFY(spy.wait(20000));
        // Per partner / carrier from the recording rules, and per integration from its own
        // health query: each only from this environment's series.
        const auto &all = m_page->detailView()->panelModel(EnvironmentDetailView::IntegrationSuccessPanel)->series();
        QStringList seen;
        for (const ChartPanelModel::Series &one : all)
            seen.append(one.name);
        QCOMPARE(seen, names);
        for (qsizetype k = 0; k < all.size(); ++k) {
            QVERIFY(!all[k].points.isEmpty());
            for (const QPointF &point : all[k].points)
                QCOMPARE(point.y(), last[k]);
        }
        QVERIFY(m_page->detailView()->panelQuery(EnvironmentDetailView::IntegrationSuccessPanel)
                    .contains(QStringLiteral("gatehouse:edi_success_ratio:rate15m{environment=\"%1\",partner=\"acme\"}")
                                  .arg(environment)));
        if (environment != QLatin1String("prod")) {
            QSignalSpy back(m_page->detailView(), &EnvironmentDetailView::chartsUpdated);
            QVERIFY(m_page->openEnvironment(QStringLiteral("prod")));
            QVERIFY(back.wait(20000));
        }
    }

    void pollUpdatesCellsInPlace()
    {
        // A poll that finds the same values changes nothing: no reset, no dataChanged.
        QSignalSpy reset(m_page->overviewModel(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_page->overviewModel(), &QAbstractItemModel::dataChanged);
        QVERIFY(waitForPoll(*m_page));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void detailHoldsTheBackfilledValues_data()
    {
        QTest::addColumn<int>("panel");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("generator");
        QTest::newRow("ingress p95 latency") << int(EnvironmentDetailView::IngressLatencyPanel) << QStringLiteral("odoo-web") << 0;
        QTest::newRow("ingress 5xx ratio") << int(EnvironmentDetailView::IngressErrorsPanel) << QStringLiteral("odoo-web") << 1;
        QTest::newRow("queue depth") << int(EnvironmentDetailView::QueueDepthPanel) << QStringLiteral("root") << 2;
        QTest::newRow("replication lag") << int(EnvironmentDetailView::ReplicationLagPanel) << QStringLiteral("standby:9187") << 3;
    }

    void detailHoldsTheBackfilledValues()
    {
        QFETCH(int, panel);
        QFETCH(QString, name);
        QFETCH(int, generator);
        if (m_page->detailView()->environmentName() != QLatin1String("prod")) {
            QSignalSpy spy(m_page->detailView(), &EnvironmentDetailView::chartsUpdated);
            QVERIFY(m_page->openEnvironment(QStringLiteral("prod")));
            QVERIFY(spy.wait(20000));
        }
        QVERIFY(setRangeAndWait(EnvironmentDetailView::Range::Hour));
        QAbstractItemModelTester tester(m_page->detailView()->panelModel(EnvironmentDetailView::Panel(panel)),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto *found = series(EnvironmentDetailView::Panel(panel), name);
        QVERIFY2(found, qPrintable(name));
        // One hour at a 15 s step: 241 points, each the last sample at or before it.
        QCOMPARE(found->points.size(), 241);
        const std::function<double(qint64)> generators[] = {latency, errorRatio, backlog, replicationLag};
        const qint64 start = m_end - 3600;
        for (qsizetype k = 0; k < found->points.size(); ++k) {
            const qint64 t = start + k * 15;
            const qint64 i = (t - m_t0) / 60;
            const QPointF expected(double(t * 1000), generators[generator](i));
            if (found->points[k] != expected)
                QFAIL(qPrintable(QStringLiteral("point %1 is (%2, %3), expected (%4, %5)")
                                     .arg(k)
                                     .arg(found->points[k].x(), 0, 'f', 0)
                                     .arg(found->points[k].y(), 0, 'g', 17)
                                     .arg(expected.x(), 0, 'f', 0)
                                     .arg(expected.y(), 0, 'g', 17)));
        }
        QCOMPARE(m_page->detailView()->panel(EnvironmentDetailView::Panel(panel))->stateText(), QString());
    }

    void weekIsReducedButKeepsThePeak()
    {
        QVERIFY(setRangeAndWait(EnvironmentDetailView::Range::Week));
        const auto *found = series(EnvironmentDetailView::IngressLatencyPanel, QStringLiteral("odoo-web"));
        QVERIFY(found);
        // A week at 55 s is 10,996 points; drawn as about two per pixel of the plot (which is
        // narrower than the panel).
        const int width = m_page->detailView()->panel(EnvironmentDetailView::IngressLatencyPanel)->width();
        QVERIFY2(found->points.size() <= 2 * width + 2,
                 qPrintable(QStringLiteral("%1 points for %2 px").arg(found->points.size()).arg(width)));
        QVERIFY(found->points.size() >= 200);
        double highest = 0;
        double lowest = 100;
        for (const QPointF &point : found->points) {
            highest = std::max(highest, point.y());
            lowest = std::min(lowest, point.y());
        }
        QCOMPARE(highest, 9.5);
        QCOMPARE(lowest, 0.2);
        // The range ends within one 55 s step of "now" (steps count from the start).
        const qint64 lastGap = m_end * 1000 - qint64(found->points.constLast().x());
        QVERIFY2(lastGap >= 0 && lastGap < EnvironmentDetailView::stepFor(EnvironmentDetailView::Range::Week).count() * 1000,
                 qPrintable(QString::number(lastGap)));
        QVERIFY(std::is_sorted(found->points.cbegin(), found->points.cend(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    }

    void rangeButtonsRequery_data()
    {
        QTest::addColumn<int>("range");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("1 h") << int(EnvironmentDetailView::Range::Hour) << qint64(3600);
        QTest::newRow("6 h") << int(EnvironmentDetailView::Range::SixHours) << qint64(6 * 3600);
        QTest::newRow("24 h") << int(EnvironmentDetailView::Range::Day) << qint64(24 * 3600);
        QTest::newRow("7 d") << int(EnvironmentDetailView::Range::Week) << qint64(7 * 24 * 3600);
    }

    void rangeButtonsRequery()
    {
        QFETCH(int, range);
        QFETCH(qint64, seconds);
        EnvironmentDetailView *detail = m_page->detailView();
        // Start from another range, so the click must re-query.
        QVERIFY(setRangeAndWait(range == int(EnvironmentDetailView::Range::Hour) ? EnvironmentDetailView::Range::Day
                                                                                 : EnvironmentDetailView::Range::Hour));
        auto *group = detail->findChild<QButtonGroup *>();
        QVERIFY(group);
        QSignalSpy updated(detail, &EnvironmentDetailView::chartsUpdated);
        group->button(range)->click();
        QVERIFY(updated.wait(20000));
        QCOMPARE(int(detail->range()), range);
        for (int p = 0; p < EnvironmentDetailView::PanelCount; ++p) {
            const Ui::ChartPanel *panel = detail->panel(EnvironmentDetailView::Panel(p));
            QCOMPARE(panel->rangeStart().secsTo(panel->rangeEnd()), seconds);
            QCOMPARE(panel->rangeEnd(), end());
        }
        const auto *lag = series(EnvironmentDetailView::ReplicationLagPanel, QStringLiteral("standby:9187"));
        QVERIFY(lag);
        QCOMPARE(qint64(lag->points.constFirst().x()), (m_end - seconds) * 1000);
    }

    void changeWindowsAreBandsOnEveryChart()
    {
        QVERIFY(setRangeAndWait(EnvironmentDetailView::Range::Hour));
        Models::ChangeRequest change;
        change.id = 42;
        change.title = QStringLiteral("Odoo 17 stock upgrade");
        change.environment = QStringLiteral("prod");
        change.windowStart = end().addSecs(-30 * 60);
        change.windowEnd = end().addSecs(-15 * 60);
        Models::ChangeRequest elsewhere = change;
        elsewhere.id = 43;
        elsewhere.environment = QStringLiteral("staging");
        m_page->setChanges({change, elsewhere});
        for (int p = 0; p < EnvironmentDetailView::PanelCount; ++p) {
            const Ui::ChartPanel *panel = m_page->detailView()->panel(EnvironmentDetailView::Panel(p));
            QCOMPARE(panel->bands().size(), 1);
            QCOMPARE(panel->bands().constFirst().title, QStringLiteral("#42 Odoo 17 stock upgrade"));
            const QRectF plot = panel->plotArea();
            QVERIFY(plot.width() > 100);
            const QRectF band = panel->bandRects().constFirst();
            // 30 min before the end of a 1 h range is the middle; 15 min before is at 3/4.
            QVERIFY2(std::abs(band.left() - (plot.left() + plot.width() * 0.5)) < 1.0,
                     qPrintable(QStringLiteral("%1 vs %2").arg(band.left()).arg(plot.left() + plot.width() * 0.5)));
            QVERIFY(std::abs(band.right() - (plot.left() + plot.width() * 0.75)) < 1.0);
            QCOMPARE(band.top(), plot.top());
            QCOMPARE(band.bottom(), plot.bottom());
        }
        // Hover reads the values at a time.
        const Ui::ChartPanel *latencyPanel = m_page->detailView()->panel(EnvironmentDetailView::IngressLatencyPanel);
        const QDateTime at = end().addSecs(-600);
        const QString hover = latencyPanel->hoverText(at);
        QVERIFY2(hover.contains(QStringLiteral("odoo-web: ")
                                + ChartPanelModel::formatValue(latency((m_end - 600 - m_t0) / 60), ChartPanelModel::Unit::Seconds)),
                 qPrintable(hover));
    }

    void chartTimesAreInTheSiteZone()
    {
        QVERIFY(setRangeAndWait(EnvironmentDetailView::Range::Day));
        const QTimeZone chicago("America/Chicago");
        QCOMPARE(m_page->detailView()->timeZone(), chicago);
        const Ui::ChartPanel *latencyPanel = m_page->detailView()->panel(EnvironmentDetailView::IngressLatencyPanel);
        const auto ticks = latencyPanel->timeAxisTicks();
        QVERIFY2(ticks.size() >= 5 && ticks.size() <= 9, qPrintable(QString::number(ticks.size())));
        for (const auto &[at, label] : ticks) {
            const QDateTime wall = at.toTimeZone(chicago);
            // 24 h: every three hours of Chicago's clock, written as Chicago reads it.
            QCOMPARE(label, QLocale().toString(wall, QStringLiteral("HH:mm")));
            QCOMPARE(wall.time().minute(), 0);
            QCOMPARE(wall.time().hour() % 3, 0);
        }
        // A change window from one Chicago tick to the next: its band starts and ends where
        // the chart draws those ticks, on every panel.
        const qsizetype middle = ticks.size() / 2;
        Models::ChangeRequest change;
        change.id = 44;
        change.title = QStringLiteral("Chicago carrier cutoff change");
        change.environment = QStringLiteral("prod");
        change.windowStart = ticks[middle].first;
        change.windowEnd = ticks[middle + 1].first;
        m_page->setChanges({change});
        for (int p = 0; p < EnvironmentDetailView::PanelCount; ++p) {
            const Ui::ChartPanel *panel = m_page->detailView()->panel(EnvironmentDetailView::Panel(p));
            QVERIFY2(panel->timeAxisTitle().contains(QStringLiteral("America/Chicago")), qPrintable(panel->timeAxisTitle()));
            QCOMPARE(panel->timeAxisTicks(), ticks);
            const QRectF band = panel->bandRects().constFirst();
            QVERIFY2(std::abs(band.left() - panel->chartXForTime(ticks[middle].first)) <= 1.0,
                     qPrintable(QStringLiteral("panel %1: band at %2, tick at %3")
                                    .arg(p)
                                    .arg(band.left())
                                    .arg(panel->chartXForTime(ticks[middle].first))));
            QVERIFY(std::abs(band.right() - panel->chartXForTime(ticks[middle + 1].first)) <= 1.0);
        }
        // The read-out speaks Chicago time too.
        QVERIFY2(latencyPanel->hoverText(change.windowStart)
                     .startsWith(QLocale().toString(change.windowStart.toTimeZone(chicago), QLocale::ShortFormat)),
                 qPrintable(latencyPanel->hoverText(change.windowStart)));
        // An environment without a site: the computer's zone, named on the axis.
        QCOMPARE(EnvironmentDetailView::siteTimeZone(Models::Estate(), Models::Environment()), QTimeZone());
        Ui::ChartPanel plain;
        plain.setTimeZone(QTimeZone());
        QCOMPARE(plain.timeZone(), QTimeZone::systemTimeZone());
        QVERIFY(plain.timeAxisTitle().contains(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
        m_page->setChanges({});
    }

    void timeTicksAreRoundTimesOfTheZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("end");
        QTest::addColumn<qint64>("span");
        QTest::addColumn<QStringList>("labels");
        // Kolkata is UTC+05:30: round local times are not round UTC times.
        QTest::newRow("1 h, Kolkata") << QStringLiteral("Asia/Kolkata")
                                      << QDateTime(QDate(2026, 11, 26), QTime(10, 47), Qt::UTC) << qint64(3600)
                                      << QStringList{QStringLiteral("15:20"), QStringLiteral("15:30"), QStringLiteral("15:40"),
                                                     QStringLiteral("15:50"), QStringLiteral("16:00"), QStringLiteral("16:10")};
        // Chicago's clocks go back at 02:00 CDT on 1 November 2026: four real hours lie
        // between the 00:00 and 03:00 ticks, which stay on Chicago's round hours.
        QTest::newRow("24 h over the clock change, Chicago")
            << QStringLiteral("America/Chicago") << QDateTime(QDate(2026, 11, 1), QTime(18, 0), Qt::UTC) << qint64(86400)
            << QStringList{QStringLiteral("15:00"), QStringLiteral("18:00"), QStringLiteral("21:00"), QStringLiteral("00:00"),
                           QStringLiteral("03:00"), QStringLiteral("06:00"), QStringLiteral("09:00"), QStringLiteral("12:00")};
        QTest::newRow("7 d, Singapore midnights")
            << QStringLiteral("Asia/Singapore") << QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC) << qint64(7 * 86400)
            << QStringList{QStringLiteral("Fri 20"), QStringLiteral("Sat 21"), QStringLiteral("Sun 22"), QStringLiteral("Mon 23"),
                           QStringLiteral("Tue 24"), QStringLiteral("Wed 25"), QStringLiteral("Thu 26")};
    }

    void timeTicksAreRoundTimesOfTheZone()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, end);
        QFETCH(qint64, span);
        QFETCH(QStringList, labels);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QTimeZone tz(zone.toUtf8());
        const auto ticks = Ui::ChartPanel::timeTicks(end.addSecs(-span), end, tz);
        QLocale::setDefault(QLocale::system());
        QStringList seen;
        for (const auto &[at, label] : ticks) {
            seen.append(label);
            QVERIFY(at >= end.addSecs(-span) && at <= end);
        }
        QCOMPARE(seen, labels);
    }

    void silenceForAChangeWindow()
    {
        Models::ChangeRequest change;
        change.id = 7;
        change.title = QStringLiteral("Carrier connector 1.16");
        change.environment = QStringLiteral("prod");
        change.windowStart = QDateTime::currentDateTimeUtc().addSecs(3600);
        change.windowEnd = change.windowStart.addSecs(1800);
        m_page->setChanges({change});
        Ui::AlertsList *alerts = m_page->detailView()->alertsList();
        QSignalSpy created(alerts, &Ui::AlertsList::silenceCreated);
        QSignalSpy failed(alerts, &Ui::AlertsList::actionFailed);
        auto *button = alerts->findChild<QPushButton *>();
        QVERIFY(button);
        for (QPushButton *candidate : alerts->findChildren<QPushButton *>()) {
            if (candidate->text() == QLatin1String("Silence for this change's window"))
                button = candidate;
        }
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(created.wait(10000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(waitForPoll(*m_page));
        const auto silences = m_page->poller()->silencesFor(QStringLiteral("prod"));
        QCOMPARE(silences.size(), 1);
        QCOMPARE(silences.constFirst().endsAt, change.windowEnd);
        QAbstractItemModelTester tester(alerts->silencesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(alerts->silencesModel()->rowCount(), 1);
        QCOMPARE(alerts->silencesModel()->item(0, Ui::AlertsList::SilenceEndsColumn)->text(),
                 QLocale().toString(change.windowEnd.toLocalTime(), QLocale::ShortFormat));
    }

    void screenshots()
    {
        const QPalette light = QApplication::style()->standardPalette();
        for (const auto &[palette, suffix] : {std::pair{light, QStringLiteral("light")}, std::pair{darkPalette(), QStringLiteral("dark")}}) {
            m_page->setPalette(palette);
            m_page->showOverview();
            QApplication::processEvents();
            save(m_page.get(), QStringLiteral("overview-") + suffix);
            QSignalSpy updated(m_page->detailView(), &EnvironmentDetailView::chartsUpdated);
            m_page->openEnvironment(QStringLiteral("prod"));
            QVERIFY(updated.wait(20000));
            QVERIFY(setRangeAndWait(EnvironmentDetailView::Range::Week));
            QApplication::processEvents();
            save(m_page.get(), QStringLiteral("detail-week-") + suffix);
            QVERIFY(setRangeAndWait(EnvironmentDetailView::Range::Hour));
            QApplication::processEvents();
            save(m_page.get(), QStringLiteral("detail-hour-") + suffix);
        }
        m_page->setPalette(light);
        Ui::Wallboard board(m_page->overviewModel());
        board.resize(1600, 900);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        save(&board, QStringLiteral("wallboard"));
    }

    void wallboardCyclesAndEscapeLeaves()
    {
        Ui::Wallboard *board = m_page->showWallboard();
        QVERIFY(board);
        QPointer<Ui::Wallboard> guard(board);
        QSignalSpy left(board, &Ui::Wallboard::left);
        QCOMPARE(board->currentRow(), 0);
        board->setCycleInterval(std::chrono::milliseconds(20));
        QTRY_COMPARE(board->currentRow(), 1);
        QTRY_COMPARE(board->currentRow(), 0);
        QTest::keyClick(board, Qt::Key_Escape);
        QCOMPARE(left.count(), 1);
        QTRY_VERIFY(guard.isNull());
    }

    // Kills Prometheus: keep this after every test that needs it.
    void prometheusDownMarksOnlyItsPanels()
    {
        m_page->showOverview();
        m_prometheus.killPrometheus();
        QVERIFY(waitForPoll(*m_page));
        const EnvironmentsOverviewModel *model = m_page->overviewModel();
        const int prod = model->rowOfEnvironment(QStringLiteral("prod"));
        for (int column : {int(EnvironmentsOverviewModel::IngressColumn), int(EnvironmentsOverviewModel::RedisColumn),
                           int(EnvironmentsOverviewModel::QueuesColumn), int(EnvironmentsOverviewModel::BackupsColumn)}) {
            const QModelIndex cell = model->index(prod, column);
            QCOMPARE(Status(cell.data(EnvironmentsOverviewModel::SourceStatusRole).toInt()), Status::Unreachable);
            QVERIFY(!cell.data(EnvironmentsOverviewModel::SourceReasonRole).toString().isEmpty());
            QVERIFY(cell.data(EnvironmentsOverviewModel::LastGoodRole).toDateTime().isValid());
            // The last good values stay, marked as such.
            QCOMPARE(Level(cell.data(EnvironmentsOverviewModel::LevelRole).toInt()), Level::Ok);
            QVERIFY2(cell.data().toString().contains(QStringLiteral("unreachable since")), qPrintable(cell.data().toString()));
        }
        const QModelIndex postgres = model->index(prod, EnvironmentsOverviewModel::PostgresColumn);
        QCOMPARE(Status(postgres.data(EnvironmentsOverviewModel::SourceStatusRole).toInt()), Status::Fresh);
        const QModelIndex alerts = model->index(prod, EnvironmentsOverviewModel::AlertsColumn);
        QCOMPARE(Status(alerts.data(EnvironmentsOverviewModel::SourceStatusRole).toInt()), Status::Fresh);

        QSignalSpy updated(m_page->detailView(), &EnvironmentDetailView::chartsUpdated);
        m_page->openEnvironment(QStringLiteral("prod"));
        QVERIFY(updated.wait(20000));
        const Ui::ChartPanel *latencyPanel = m_page->detailView()->panel(EnvironmentDetailView::IngressLatencyPanel);
        QVERIFY2(latencyPanel->stateText().contains(QStringLiteral("unreachable")), qPrintable(latencyPanel->stateText()));
        QVERIFY(latencyPanel->model()->rowCount() > 0); // last good data still drawn
        QVERIFY2(m_page->detailView()->databaseLabel()->text().contains(QStringLiteral("Fresh")),
                 qPrintable(m_page->detailView()->databaseLabel()->text()));
        save(m_page.get(), QStringLiteral("detail-prometheus-down"));
        m_page->showOverview();
        QApplication::processEvents();
        save(m_page.get(), QStringLiteral("overview-prometheus-down"));

        QVERIFY2(m_prometheus.restartPrometheus(), qPrintable(m_prometheus.errorString()));
        QVERIFY(waitForPoll(*m_page));
        const QModelIndex ingress = model->index(prod, EnvironmentsOverviewModel::IngressColumn);
        QCOMPARE(Status(ingress.data(EnvironmentsOverviewModel::SourceStatusRole).toInt()), Status::Fresh);
        QVERIFY(ingress.data(EnvironmentsOverviewModel::SourceReasonRole).toString().isEmpty());
    }

    void overviewUpdatesAreOneSignalPerChangedRow()
    {
        EnvironmentsOverviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Models::Environment> environments;
        for (const char *name : {"a", "b", "c", "d"}) {
            Models::Environment environment;
            environment.name = QString::fromLatin1(name);
            environments.append(environment);
        }
        model.setEnvironments(environments);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        EnvironmentsOverviewModel::Aspect ok;
        ok.level = Level::Ok;
        ok.summary = QStringLiteral("fine");
        EnvironmentsOverviewModel::Aspect bad = ok;
        bad.level = Level::Critical;
        bad.summary = QStringLiteral("down");

        // Outside an update: the changed row, from its environment column (a card repaints).
        model.setAspect(QStringLiteral("b"), EnvironmentsOverviewModel::RedisColumn, ok);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, EnvironmentsOverviewModel::EnvironmentColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, EnvironmentsOverviewModel::ColumnCount - 1));
        changed.clear();

        // Inside an update: nothing until the end, then each changed row once.
        model.beginUpdate();
        for (int column = EnvironmentsOverviewModel::PodsColumn; column < EnvironmentsOverviewModel::ColumnCount; ++column) {
            model.setAspect(QStringLiteral("a"), EnvironmentsOverviewModel::Column(column), ok);
            model.setAspect(QStringLiteral("d"), EnvironmentsOverviewModel::Column(column), bad);
        }
        model.setAspect(QStringLiteral("b"), EnvironmentsOverviewModel::RedisColumn, ok); // unchanged
        QCOMPARE(changed.size(), 0);
        model.endUpdate();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 3);
        QCOMPARE(Level(model.index(3, 0).data(EnvironmentsOverviewModel::WorstLevelRole).toInt()), Level::Critical);
        QCOMPARE(model.index(0, EnvironmentsOverviewModel::AlertsColumn).data(EnvironmentsOverviewModel::SummaryRole).toString(),
                 QStringLiteral("fine"));
    }

    void chartRedrawsOncePerUpdateWithAStableAxis()
    {
        Ui::ChartPanel panel;
        ChartPanelModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUnit(ChartPanelModel::Unit::Seconds);
        panel.setModel(&model);
        panel.resize(900, 360);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QDateTime end = QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);
        panel.setTimeRange(end.addDays(-1), end);
        auto make = [&](int count, double offset) {
            QList<ChartPanelModel::Series> list;
            for (int s = 0; s < 6; ++s) {
                QList<QPointF> points;
                for (int i = 0; i < count; ++i)
                    points.append(QPointF(double(end.addDays(-1).toMSecsSinceEpoch()) + i * 86400000.0 / count,
                                          0.2 + 0.05 * std::sin(i / 30.0 + s) + offset));
                list.append({QStringLiteral("svc-%1").arg(s), QStringLiteral("svc-%1").arg(s), points});
            }
            return list;
        };
        const int dense = 2 * panel.plotWidth();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSeries(make(dense, 0));
        QCOMPARE(panel.drawnLines().size(), 6);
        for (const QList<QPointF> &line : panel.drawnLines())
            QCOMPARE(line.size(), dense);
        QCOMPARE(panel.drawnLines().at(3).at(17), model.series().at(3).points.at(17));
        // The axis holds every point, on nice ticks.
        const auto [low, high] = panel.valueAxisRange();
        const double step = (high - low) / 4;
        double lowest = 1e9;
        double highest = -1e9;
        for (const ChartPanelModel::Series &series : model.series()) {
            for (const QPointF &point : series.points) {
                lowest = std::min(lowest, point.y());
                highest = std::max(highest, point.y());
            }
        }
        QVERIFY2(low <= lowest && high >= highest, qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
        QVERIFY(high - low < 4 * (highest - lowest)); // not so wide that the lines flatten
        QVERIFY(std::abs(std::remainder(high, step)) < 1e-9);
        QVERIFY(std::abs(std::remainder(low, step)) < 1e-9);
        // Dense lines (more points than pixels) are drawn one pixel wide without antialiasing.
        QVERIFY(!panel.isAntialiased());
        QCOMPARE(panel.lineWidth(), 1);

        // New values for every series: one update, and an axis that stays put.
        model.setSeries(make(dense, 0.001));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), 5);
        QCOMPARE(panel.valueAxisRange(), std::make_pair(low, high));
        QCOMPARE(panel.drawnLines().at(5).at(0).y(), model.series().at(5).points.at(0).y());
        // A jump the axis cannot hold moves it; every line is drawn from its new points.
        model.setSeries(make(dense, 2.0));
        QVERIFY(panel.valueAxisRange().second >= 2.25);
        for (const QList<QPointF> &line : panel.drawnLines())
            QCOMPARE(line.size(), dense);
        QCOMPARE(panel.drawnLines().at(2).at(9).y(), model.series().at(2).points.at(9).y());

        // A new time range under drawn lines reaches the axis by the next paint.
        panel.setTimeRange(end.addSecs(-3600), end);
        QCOMPARE(panel.rangeStart(), end.addSecs(-3600));
        QVERIFY(!panel.grab().isNull());
        QCOMPARE(panel.drawnRangeStart(), end.addSecs(-3600).toLocalTime());

        // Sparse lines are smooth again.
        model.setSeries(make(50, 0));
        QVERIFY(panel.isAntialiased());
        QCOMPARE(panel.lineWidth(), 2);
    }

    void withoutPrometheusTheAreaSaysWhatIsMissing()
    {
        Ui::EnvironmentsPage page;
        page.setPollInterval(std::chrono::milliseconds(0));
        page.resize(1300, 800);
        page.show();
        QSignalSpy polled(page.poller(), &Ui::EnvironmentsHealthPoller::pollFinished);
        page.setEstate(estate(false));
        QVERIFY(polled.count() > 0 || polled.wait(20000));
        QVERIFY2(page.missingText().contains(QStringLiteral("Prometheus is not configured")), qPrintable(page.missingText()));
        QVERIFY(page.missingText().contains(QStringLiteral("Alertmanager is not configured")));
        const EnvironmentsOverviewModel *model = page.overviewModel();
        const QModelIndex ingress = model->index(0, EnvironmentsOverviewModel::IngressColumn);
        QCOMPARE(Level(ingress.data(EnvironmentsOverviewModel::LevelRole).toInt()), Level::NotConfigured);
        QVERIFY(ingress.data().toString().startsWith(QStringLiteral("Not configured")));
        // The database still answers: one missing source does not block another.
        QTRY_COMPARE_WITH_TIMEOUT(Status(model->index(0, EnvironmentsOverviewModel::PostgresColumn)
                                             .data(EnvironmentsOverviewModel::SourceStatusRole)
                                             .toInt()),
                                  Status::Fresh, 20000);
        QSignalSpy updated(page.detailView(), &EnvironmentDetailView::chartsUpdated);
        QVERIFY(page.openEnvironment(QStringLiteral("prod")));
        QVERIFY(updated.count() > 0 || updated.wait(5000));
        QVERIFY(page.detailView()->panel(EnvironmentDetailView::IngressLatencyPanel)->stateText().contains(
            QStringLiteral("no Prometheus is configured")));
        page.showOverview();
        QApplication::processEvents();
        save(&page, QStringLiteral("overview-not-configured"));
    }
};

QTEST_MAIN(TestEnvironmentsPage)
#include "tst_environmentspage.moc"
