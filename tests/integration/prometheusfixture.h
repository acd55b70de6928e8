#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Gatehouse::Tests {

/// A real Prometheus (and optionally Alertmanager) for one test, on free 127.0.0.1 ports
/// in a QTemporaryDir, from Gatehouse's configuration templates
/// (resources/prometheus/*.yml.in).
///
/// History is backfilled before Prometheus starts (`promtool tsdb create-blocks-from
/// openmetrics`), so range queries over it have known answers. Prometheus can be killed
/// and started again on the same port and data. Everything started is stopped in the
/// destructor, and by a watchdog if the test process dies first.
class PrometheusFixture
{
public:
    struct Options
    {
        /// OpenMetrics text to backfill (each sample with a timestamp; "# EOF" is appended when missing).
        QString history;
        /// Rule files Prometheus loads (absolute paths); shippedRules() is the estate's rule set.
        QStringList ruleFiles;
        bool withAlertmanager = false;
        QString scrapeInterval = QStringLiteral("1s");
        QString evaluationInterval = QStringLiteral("1s");
        /// host:port targets serving /metrics.
        QStringList scrapeTargets;
    };

    PrometheusFixture();
    ~PrometheusFixture();

    /// Backfills, starts Alertmanager (if asked) and Prometheus, waits until both are ready.
    bool start(const Options &options);
    /// Kills Prometheus at once (SIGKILL), as a crash would.
    void killPrometheus();
    /// Starts Prometheus again on the same port and data; waits until ready.
    bool restartPrometheus();

    QUrl prometheusUrl() const;
    QUrl alertmanagerUrl() const;
    quint16 prometheusPort() const { return m_prometheusPort; }
    QString dataPath() const;
    QString errorString() const { return m_error; }

    /// resources/prometheus/rules/gatehouse.rules.yml of the source tree.
    static QString shippedRules();
    /// A free TCP port on 127.0.0.1.
    static quint16 freePort();
    /// Blocks (running the event loop) until GET url answers 200, or `timeoutMs` passes.
    static bool waitUntilReady(const QUrl &url, int timeoutMs);
    /// Posts `alerts` to Alertmanager's /api/v2/alerts as Prometheus does when rules fire
    /// (the shipped rules wait minutes before firing, too long for a test); true on 200.
    bool postAlerts(const QJsonArray &alerts) const;

private:
    bool startPrometheus();
    bool startAlertmanager();
    bool writeConfig(const QString &templateName, const QString &target, const QList<std::pair<QString, QString>> &values);
    void startWatchdog();
    void stopProcess(std::unique_ptr<QProcess> &process);

    QTemporaryDir m_dir;
    Options m_options;
    quint16 m_prometheusPort = 0;
    quint16 m_alertmanagerPort = 0;
    std::unique_ptr<QProcess> m_prometheus;
    std::unique_ptr<QProcess> m_alertmanager;
    bool m_watchdogStarted = false;
    QString m_error;
};

} // namespace Gatehouse::Tests
